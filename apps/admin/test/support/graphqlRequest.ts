interface GraphQLBody<T> {
  data?: T;
  errors?: Array<{ message: string }>;
}

/** Plain HTTP to the API, for changes the test makes "behind the console's back". */
export async function graphqlRequest<T>(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLBody<T>;
  if (!body.data || body.errors?.length) {
    throw new Error(`GraphQL request failed: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

export async function signInToken(apiUrl: string, email: string, password: string) {
  const data = await graphqlRequest<{ login: { token: string } }>(
    apiUrl,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password },
  );
  return data.login.token;
}
