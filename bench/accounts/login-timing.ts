// Login timing: a wrong password for an existing account vs an unknown email, through the gateway
// of the real platform (scripts/start.ts via bench/support/platform.ts). Both should cost one
// argon2id verification, so their times should be alike and not reveal which emails have
// accounts. The test checks the mechanism (e2e/api/auth-flow.int.test.ts: one verification of
// the same cost on both paths); this script prints the times it yields.
//
//   npx tsx bench/accounts/login-timing.ts [rounds=30]
//
// Rounds alternate the two kinds (after a warm-up) and print each kind's median and p90 in ms and
// the ratio of the medians. Login throttling is raised for the run so that every attempt is a
// real login check, not a RATE_LIMITED answer.
import { randomBytes } from 'node:crypto';
import { median, percentile, startPlatform } from '../support/platform.ts';

const rounds = Number(process.argv[2] ?? 30);
const LOG_IN = 'mutation LogIn($input: LogInInput!) { logIn(input: $input) { accessToken } }';
const SIGN_UP = 'mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }';
const email = (label: string) => `${label}-${randomBytes(6).toString('hex')}@bench.example`;

const platform = await startPlatform({
  LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000000',
  LOGIN_MAX_FAILURES_PER_ACCOUNT_ALL_IPS: '1000000',
  LOGIN_MAX_FAILURES_PER_IP: '1000000',
});
try {
  const user = { email: email('timing'), password: `pw-${randomBytes(12).toString('hex')}` };
  const signedUp = await platform.graphql(SIGN_UP, {
    input: { ...user, name: 'Timing', organizationName: 'Timing' },
  });
  if (signedUp.errors) throw new Error(`sign-up failed: ${JSON.stringify(signedUp.errors)}`);

  const timedLogIn = async (address: string) => {
    const started = performance.now();
    const result = await platform.graphql(LOG_IN, {
      input: { email: address, password: 'wrong-password-1' },
    });
    const ms = performance.now() - started;
    const code = (result.errors?.[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code;
    if (code !== 'UNAUTHENTICATED')
      throw new Error(`expected UNAUTHENTICATED, got ${JSON.stringify(result)}`);
    return ms;
  };
  for (let i = 0; i < 3; i++) {
    await timedLogIn(user.email);
    await timedLogIn(email('warm-up'));
  }

  const wrong: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Alternate which kind goes first, so drift in the machine's load affects both alike.
    if (i % 2 === 0) {
      wrong.push(await timedLogIn(user.email));
      unknown.push(await timedLogIn(email('nobody')));
    } else {
      unknown.push(await timedLogIn(email('nobody')));
      wrong.push(await timedLogIn(user.email));
    }
  }
  const row = (name: string, values: number[]) =>
    `${name.padEnd(16)} median ${median(values).toFixed(1).padStart(7)} ms   p90 ${percentile(values, 90).toFixed(1).padStart(7)} ms`;
  console.log(`login timing, ${rounds} rounds`);
  console.log(row('wrong password', wrong));
  console.log(row('unknown email', unknown));
  console.log(`ratio of medians (unknown / wrong): ${(median(unknown) / median(wrong)).toFixed(2)}`);
} finally {
  await platform.stop();
}
