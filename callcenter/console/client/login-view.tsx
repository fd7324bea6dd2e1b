import { useState } from 'preact/hooks';
import { call, setCsrf, type Me } from './api.ts';

/** "Email", "Mật khẩu", "Đăng nhập". */
export function LoginView({ onLogin }: { onLogin: (me: Me) => void }) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError('');
    try {
      const { user, csrfToken } = await call<{ user: Me; csrfToken: string }>('POST', '/auth/login', { email: form.get('email'), password: form.get('password') });
      setCsrf(csrfToken);
      onLogin(user);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="login">
      <h1>Bàn làm việc tổng đài Một Cửa</h1>
      <form onSubmit={submit} class="card">
        <label for="email">Email</label>
        <input id="email" name="email" type="email" autocomplete="username" required />
        <label for="password">Mật khẩu</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          Đăng nhập
        </button>
      </form>
    </main>
  );
}
