-- Set E, "Zipp Rides": a ride-hailing service. Abbreviated camelCase columns, exported as Parquet.
-- Coded values: rgnCd N/S/E/W... as NTH/STH/EST/WST, vehTyp EV/ICE/HYB, tripSts CMPL/CNCL/NOSH,
-- pmtTyp CRD/CSH/WLT, ctryCd ISO alpha-2. The latest date anywhere is 2025-03-30.
CREATE MACRO h(x, n) AS CAST(hash(x) % n AS INTEGER);
CREATE TABLE drvr AS
SELECT i AS drvrId,
  ['Ahmed K.','Beatriz S.','Chen L.','Dmitri P.','Efua A.','Farid M.','Gina R.','Hannah W.','Igor N.','Julia T.'][1 + h(i * 3, 10)] || ' #' || i AS drvrNm,
  ['NTH','STH','EST','WST'][1 + h(i * 5, 4)] AS rgnCd,
  DATE '2021-01-01' + CAST(h(i * 7, 1400) AS INTEGER) AS hireDt,
  ['EV','ICE','ICE','HYB'][1 + h(i * 11, 4)] AS vehTyp,
  CAST(3.5 + (h(i * 13, 15)) / 10.0 AS DOUBLE) AS avgRtg
FROM range(1, 121) r(i);

CREATE TABLE cust AS
SELECT i AS custId,
  'Rider ' || i AS custNm,
  DATE '2023-01-01' + CAST(h(i * 17, 820) AS INTEGER) AS signupDt,
  ['US','US','US','CA','CA','MX','GB'][1 + h(i * 19, 7)] AS ctryCd,
  ['STD','STD','STD','PLUS','VIP'][1 + h(i * 23, 5)] AS loyaltyTier
FROM range(1, 1501) r(i);

CREATE TABLE trips AS
SELECT t AS tripId,
  1 + h(t * 29, 120) AS drvrId,
  1 + h(t * 31, 1500) AS custId,
  TIMESTAMP '2024-01-01 00:00:00' + INTERVAL (CAST(h(t * 37, 455) AS INTEGER)) DAY + INTERVAL (CAST(h(t * 41, 1440) AS INTEGER)) MINUTE AS pickupTs,
  CAST(1 + (h(t * 43, 300)) / 10.0 AS DOUBLE) AS distKm,
  CAST(round(3 + (h(t * 43, 300)) / 10.0 * 1.6 + (h(t * 47, 50)) / 10.0, 2) AS DECIMAL(10,2)) AS fareAmt,
  CAST(CASE WHEN h(t * 53, 3) = 0 THEN (h(t * 59, 60)) / 10.0 ELSE 0 END AS DECIMAL(10,2)) AS tipAmt,
  ['CRD','CRD','CRD','WLT','WLT','CSH'][1 + h(t * 61, 6)] AS pmtTyp,
  ['CMPL','CMPL','CMPL','CMPL','CMPL','CMPL','CNCL','NOSH'][1 + h(t * 67, 8)] AS tripSts
FROM range(1, 20001) r(t);
