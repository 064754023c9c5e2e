import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { createApolloClient } from './apollo/createApolloClient';
import { createConsoleRouter, withoutBasename } from './app/router';
import './styles.css';

const router = createConsoleRouter();

const client = createApolloClient({
  onUnauthenticated: () => {
    const pathname = withoutBasename(router.state.location.pathname);
    const { search } = router.state.location;
    if (pathname === '/sign-in') return;
    void client.clearStore();
    void router.navigate('/sign-in', {
      replace: true,
      state: { from: `${pathname}${search}`, notice: 'Your session ended. Please sign in again.' },
    });
  },
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html lost its #root element');

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
