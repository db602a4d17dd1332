-- Set D, "Pulse Gyms": a chain of fitness clubs. Plain snake_case, exported as CSV. Coded values:
-- membership tier BRZ/SLV/GLD, member status ACT/FRZ/CNC, city_code PAR/LON/BER/MAD, paid_flag Y/N.
-- The latest date anywhere is 2025-06-30 (relative questions count back from it).
CREATE MACRO h(x, n) AS CAST(hash(x) % n AS INTEGER);
CREATE TABLE clubs AS
SELECT club_id, club_name, city_code, city_name, opened_on FROM (VALUES
  (1, 'Pulse Bastille', 'PAR', 'Paris', DATE '2019-03-01'),
  (2, 'Pulse Montmartre', 'PAR', 'Paris', DATE '2021-09-15'),
  (3, 'Pulse Shoreditch', 'LON', 'London', DATE '2020-01-10'),
  (4, 'Pulse Camden', 'LON', 'London', DATE '2023-05-20'),
  (5, 'Pulse Kreuzberg', 'BER', 'Berlin', DATE '2022-02-01'),
  (6, 'Pulse Salamanca', 'MAD', 'Madrid', DATE '2024-04-01')
) t(club_id, club_name, city_code, city_name, opened_on);

CREATE TABLE members AS
SELECT i AS member_id,
  ['Alice','Bruno','Chloe','David','Emma','Felix','Greta','Hugo','Ines','Jonas','Karla','Liam'][1 + h(i * 3, 12)] AS first_name,
  ['Martin','Bernard','Smith','Jones','Muller','Schmidt','Garcia','Lopez','Dubois','Taylor'][1 + h(i * 5, 10)] AS last_name,
  1 + h(i * 7, 6) AS home_club_id,
  ['BRZ','BRZ','BRZ','SLV','SLV','GLD'][1 + h(i * 11, 6)] AS membership_tier,
  DATE '2022-01-01' + CAST(h(i * 13, 1276) AS INTEGER) AS joined_on,
  1950 + CAST(h(i * 17, 55) AS INTEGER) AS birth_year,
  ['ACT','ACT','ACT','ACT','FRZ','CNC','CNC'][1 + h(i * 19, 7)] AS status
FROM range(1, 801) r(i);

CREATE TABLE visits AS
SELECT v AS visit_id, m.member_id,
  CASE WHEN h(v * 23, 5) = 0 THEN 1 + h(v * 29, 6) ELSE m.home_club_id END AS club_id,
  TIMESTAMP '2024-01-01 06:00:00' + INTERVAL (CAST(h(v * 31, 547) AS INTEGER)) DAY + INTERVAL (CAST(h(v * 37, 900) AS INTEGER)) MINUTE AS checked_in_at,
  20 + CAST(h(v * 41, 100) AS INTEGER) AS duration_minutes
FROM range(1, 12001) r(v) JOIN members m ON m.member_id = 1 + h(v * 43, 800);

CREATE TABLE invoices AS
SELECT row_number() OVER (ORDER BY m.member_id, k) AS invoice_id, m.member_id,
  DATE '2024-07-01' + CAST(k * 30 AS INTEGER) AS issued_on,
  CASE m.membership_tier WHEN 'BRZ' THEN 29.0 WHEN 'SLV' THEN 49.0 ELSE 79.0 END + CAST(h(m.member_id * 47 + k, 3) AS DOUBLE) * 5 AS amount_eur,
  CASE WHEN h(m.member_id * 53 + k, 10) = 0 THEN 'N' ELSE 'Y' END AS paid_flag,
  ['card','card','direct debit','cash'][1 + h(m.member_id * 59 + k, 4)] AS payment_method
FROM members m, range(0, 12) r(k)
WHERE DATE '2024-07-01' + CAST(k * 30 AS INTEGER) <= DATE '2025-06-30' AND m.status <> 'CNC' OR (k < 3 AND m.status = 'CNC');
