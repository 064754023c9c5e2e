import { createHash, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verifySync } from 'otplib';
import QRCode from 'qrcode';

export const TOTP_PERIOD_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;

/** A base32 secret for an authenticator app. */
export const newTotpSecret = (): string => generateSecret();

export function otpauthUri(secret: string, email: string, issuer: string): string {
  return generateURI({ issuer, label: email, secret });
}

export const qrCodeDataUrl = (uri: string): Promise<string> =>
  QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 1, width: 220 });

/**
 * The time step a code is valid for (one step of drift either way), or null. Steps at or before
 * `lastStep` are refused, so a code seen over someone's shoulder cannot be replayed.
 */
export function acceptedStep(
  secret: string,
  code: string,
  nowMs: number,
  lastStep: number,
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const epoch = Math.floor(nowMs / 1000);
  const result = verifySync({
    secret,
    token: code,
    epoch,
    period: TOTP_PERIOD_SECONDS,
    epochTolerance: TOTP_PERIOD_SECONDS,
    afterTimeStep: lastStep > 0 ? lastStep : undefined,
  });
  if (!result.valid) return null;
  const step = 'timeStep' in result && typeof result.timeStep === 'number' ? result.timeStep : null;
  return step ?? Math.floor(epoch / TOTP_PERIOD_SECONDS);
}

/** Recovery codes as shown once (xxxxx-xxxxx), and their hashes as stored. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = randomBytes(8).toString('hex').slice(0, 10);
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  return { codes, hashes: codes.map(recoveryCodeHash) };
}

export const recoveryCodeHash = (code: string): string =>
  createHash('sha256').update(code.trim().toLowerCase()).digest('hex');

export const looksLikeRecoveryCode = (code: string): boolean =>
  /^[0-9a-f]{5}-?[0-9a-f]{5}$/i.test(code.trim());

/** Recovery codes are accepted with or without their dash. */
export const normalizeRecoveryCode = (code: string): string => {
  const plain = code.trim().toLowerCase().replace('-', '');
  return `${plain.slice(0, 5)}-${plain.slice(5)}`;
};
