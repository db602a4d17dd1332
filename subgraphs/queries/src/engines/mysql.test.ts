import { describe, expect, it } from 'vitest';
import { dangerousMysqlPrivileges } from './mysql.ts';

describe('dangerousMysqlPrivileges (SHOW GRANTS)', () => {
  it('accepts a user that can only read', () => {
    expect(
      dangerousMysqlPrivileges([
        "GRANT USAGE ON *.* TO `reader`@`%` IDENTIFIED BY PASSWORD '*ABC'",
        'GRANT SELECT, SHOW VIEW ON `shop`.* TO `reader`@`%`',
        'GRANT SELECT (`id`, `name`) ON `shop`.`items` TO `reader`@`%`',
      ]),
    ).toEqual([]);
  });

  it('names FILE, SUPER, write and admin privileges, grant option and proxy', () => {
    expect(dangerousMysqlPrivileges(['GRANT FILE ON *.* TO `u`@`%`'])).toEqual(['FILE']);
    expect(dangerousMysqlPrivileges(['GRANT SELECT, SUPER, PROCESS ON *.* TO `u`@`%`'])).toEqual([
      'PROCESS',
      'SUPER',
    ]);
    expect(dangerousMysqlPrivileges(['GRANT INSERT ON `mysql`.* TO `u`@`%`'])).toEqual(['INSERT']);
    expect(
      dangerousMysqlPrivileges(['GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP ON `shop`.* TO `u`@`%`']),
    ).toEqual(['CREATE', 'DELETE', 'DROP', 'INSERT', 'UPDATE']);
    expect(
      dangerousMysqlPrivileges([
        'GRANT ALL PRIVILEGES ON *.* TO `root`@`localhost` WITH GRANT OPTION',
        "GRANT PROXY ON ''@'%' TO 'root'@'localhost' WITH GRANT OPTION",
      ]),
    ).toEqual(['ALL PRIVILEGES', 'GRANT OPTION', 'PROXY']);
    expect(dangerousMysqlPrivileges(['GRANT SELECT ON `shop`.* TO `u`@`%` WITH GRANT OPTION'])).toEqual([
      'GRANT OPTION',
    ]);
  });
});
