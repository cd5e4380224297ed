/**
 * Passwords of twelve characters or more that lead the published breach
 * corpora (the "most common passwords" lists security reviewers check
 * against), lower-cased. Shorter ones are refused by the length rule anyway.
 * Russian users' favourites typed on a Latin layout are included
 * ("qwertyuiop[]", "ytnhfdtkmyj" and the like).
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456789012345', '1234567890qwe',
  '1234567890qwerty', '0987654321qwerty', '123123123123', '111111111111', '000000000000',
  '222222222222', '777777777777', '999999999999', '121212121212', '123321123321',
  '112233445566', '123456123456', '654321654321', '098765432109', '147258369147',
  'qwertyuiopas', 'qwertyuiopasdf', 'qwertyuiopasdfgh', 'qwertyuiopasdfghjkl', 'qwertyuiop[]',
  'qwertyuiop123', 'qwertyuiop1234', 'qwerty123456', 'qwerty1234567', 'qwerty12345678',
  'qwertyqwerty', 'qwertyqwerty1', 'qwerty123qwerty', '123456qwerty', '123qweasdzxc',
  '1qaz2wsx3edc', '1qaz2wsx3edc4rfv', 'zaq12wsxcde3', 'zaq1zaq1zaq1', '1q2w3e4r5t6y',
  '1q2w3e4r5t6y7u', '1q2w3e4r5t6y7u8i', 'q1w2e3r4t5y6', 'qazwsxedcrfv', 'qazwsxedc123',
  'asdfghjkl123', 'asdfghjkl;\'', 'zxcvbnm12345', 'zxcvbnm123456', 'asdfasdfasdf',
  'abcdefghijkl', 'abcdefghijklm', 'abcdefg12345', 'abc123abc123', 'abcd1234abcd',
  'password1234', 'password12345', 'password123456', 'password1234567', 'passwordpassword',
  'password123!', 'password2024', 'password2025', 'password2026', 'p@ssw0rd1234',
  'p@ssword1234', 'passw0rd1234', 'mypassword123', 'mypassword1234', 'newpassword123',
  'changeme1234', 'changeme123!', 'letmein12345', 'letmein123456', 'welcome12345',
  'welcome123456', 'welcome2024!', 'welcome2025!', 'welcome2026!', 'administrator',
  'administrator1', 'administrator123', 'admin1234567', 'admin123456789', 'adminadmin123',
  'rootpassword', 'superuser123', 'iloveyou1234', 'iloveyou12345', 'iloveyouforever',
  'sunshine1234', 'princess1234', 'football1234', 'baseball1234', 'basketball12',
  'starwars1234', 'pokemon12345', 'monkey123456', 'dragon123456', 'master123456',
  'computer1234', 'internet1234', 'trustno1trustno1', 'whatever1234', 'qwerty!@#$%^',
  '!@#$%^&*()_+', '1234qwerasdf', '1234qwerasdfzxcv', 'qwer1234asdf', 'asdf1234qwer',
  'ytnhfdtkmyj1', 'gfhjkmgfhjkm', 'gfhjkm123456', 'qwertyuiop[]\\', 'jcnfyjdbkjcm',
  'пароль123456', 'парольпароль', 'йцукенгшщзхъ', 'йцукен123456', 'qwerty123456789',
  'supportdesk123', 'helpdesk1234', 'demo-password', 'support12345', 'confident123',
]);
