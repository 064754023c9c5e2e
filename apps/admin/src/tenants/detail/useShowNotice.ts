import { useLocation, useNavigate } from 'react-router-dom';

/**
 * Shows a one-line confirmation on the current page through navigation state, the way the
 * other pages pass theirs (<Notice /> reads it), keeping whatever else the state carries.
 */
export function useShowNotice(): (notice: string) => void {
  const navigate = useNavigate();
  const location = useLocation();
  return (notice) => {
    const state: object =
      typeof location.state === 'object' && location.state !== null ? location.state : {};
    void navigate(location.pathname + location.search, {
      replace: true,
      state: { ...state, notice },
    });
  };
}
