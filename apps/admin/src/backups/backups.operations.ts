import { graphql } from '../gql';

export const BackupFieldsFragment = graphql(`
  fragment BackupFields on Backup {
    id
    kind
    status
    timestamp
    completed_at
    progress
    documents_done
    documents_total
    size
    error
    verification
    verified_at
    verification_detail
    download_url
    collections {
      name
      count
    }
  }
`);

export const TenantBackupsDocument = graphql(`
  query TenantBackups($tenant_id: ID!) {
    tenantBackups(tenant_id: $tenant_id, limit: 50) {
      items {
        ...BackupFields
      }
      totalCount
    }
    tenantRestores(tenant_id: $tenant_id) {
      id
      backup_id
      mode
      status
      phase
      progress
      target_tenant_id
      started_at
      error
    }
  }
`);

export const CreateBackupDocument = graphql(`
  mutation CreateBackup($tenant_id: ID!) {
    createBackup(tenant_id: $tenant_id) {
      ...BackupFields
    }
  }
`);

export const DeleteBackupDocument = graphql(`
  mutation DeleteBackup($id: ID!) {
    deleteBackup(id: $id) {
      id
      deleted
    }
  }
`);

export const VerifyBackupDocument = graphql(`
  mutation VerifyBackup($id: ID!) {
    verifyBackup(id: $id) {
      ...BackupFields
    }
  }
`);

export const RestoreBackupDocument = graphql(`
  mutation RestoreBackup($backup_id: ID!) {
    restoreBackup(backup_id: $backup_id) {
      id
      status
      phase
    }
  }
`);

export const CloneBackupDocument = graphql(`
  mutation CloneBackup($backup_id: ID!, $slug: String!, $name: String) {
    cloneBackup(backup_id: $backup_id, slug: $slug, name: $name) {
      id
      status
      target_tenant_id
    }
  }
`);

export const BackupProgressDocument = graphql(`
  subscription BackupProgress($tenant_id: ID!) {
    backupProgress(tenant_id: $tenant_id) {
      operation
      id
      backup_id
      status
      phase
      progress
      documents_done
      documents_total
      error
    }
  }
`);
