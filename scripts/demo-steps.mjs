/* global fetch */
// The demo pair's answer side, played through the API once both nodes run: CN's liaison officer tells the US that
// its request for bank records will take longer (a delay notice with a coded reason and a new expected date), as an
// officer would from the request's page. Done once: a request that already carries a delay notice is left alone.
const PASSWORD = 'counterpart-demo';

async function signIn(base, username) {
  const res = await fetch(`${base}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  if (!res.ok) throw new Error(`sign-in as ${username} failed: ${res.status}`);
  const { csrfToken } = await res.json();
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { cookie, 'x-csrf-token': csrfToken };
}

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** Signs in once the node answers (it is still starting when the pair script calls this). */
async function signInWhenUp(base, username) {
  for (let tries = 0; ; tries++) {
    try {
      return await signIn(base, username);
    } catch (err) {
      if (tries >= 120) throw err;
      await pause(1000);
    }
  }
}

/** Waits (up to two minutes) for the US demo request for bank records to reach CN, then files CN's delay notice. */
export async function playDemoSteps(cnBase) {
  const headers = await signInWhenUp(cnBase, 'officer.cn');
  for (let tries = 0; tries < 120; tries++) {
    const res = await fetch(`${cnBase}/api/v1/requests?box=inbox&type=evidence&party=US`, { headers });
    const request = res.ok ? (await res.json()).items.find((r) => r.status === 'received') : undefined;
    if (request) {
      if (request.delayCount > 0) return;
      const expectedAt = new Date(Date.now() + 14 * 86_400_000).toISOString();
      const body = { kind: 'delay', reason: 'judicial-authorisation', expectedAt, note: '调取银行记录须经检察机关批准，预计两周内答复。', language: 'zh' };
      const filed = await fetch(`${cnBase}/api/v1/requests/${request.id}/steps`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': `demo-delay-${request.id}` }, body: JSON.stringify(body) });
      if (!filed.ok) throw new Error(`the demo delay notice was refused: ${filed.status} ${await filed.text()}`);
      return;
    }
    await pause(1000);
  }
  throw new Error('the US demo request did not reach CN within two minutes');
}
