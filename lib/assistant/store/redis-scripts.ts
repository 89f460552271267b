import { UNUSED_SESSION_TTL_MS } from './session-store';

/**
 * The keys of one session, `<prefix>s:{<session id>}:<suffix>`, in the order every script receives them as
 * KEYS and names them in Lua. The shared `{id}` hash tag keeps them on one node of a Redis Cluster.
 */
export const SESSION_KEYS = [
  /** Hash of the session's scalars: `seq` (last issued), `lseq` (last logged), `inc` (incarnation),
   * `epoch` (conversation generation, bumped by reset), `used` (someone asked something), `run` (id being
   * answered), `conv` (upstream conversation id), `notice` (epoch whose privacy notice was given). */
  { lua: 'M', suffix: 'm' },
  /** List: questions waiting, as JSON `{id, input}`. */
  { lua: 'Q', suffix: 'q' },
  /** List: the finished transcript lines a reloaded page shows (capped). */
  { lua: 'T', suffix: 't' },
  /** Stream: the replay log, entry ids `<seq>-0` (capped; a finished answer's deltas are dropped). */
  { lua: 'L', suffix: 'l' },
  /** Hash of answers in progress: `s:<id>` the seq of their first delta, `t:<id>` their text so far. */
  { lua: 'P', suffix: 'p' },
  /** Hash of outcomes by message id: the final event, or `pending` while queued or answering; and
   * `r:<id>` (never a message id, which has no colon): a complete answer's rating, as JSON
   * `{origin, verdict, changes}`. */
  { lua: 'O', suffix: 'o' },
  /** List: outcome ids in the order they were recorded, to forget the oldest past the cap. */
  { lua: 'OO', suffix: 'oo' },
  /**
   * Set: the instances (processes) listening to the session's broadcast channel. An event is published only
   * when one other than its writer is in it; the writer hands it to its own subscribers directly.
   */
  { lua: 'LS', suffix: 'ls' },
  /** String: the lease (owner) of the instance answering the session; expires on its own. */
  { lua: 'LEASE', suffix: 'lease' },
] as const;

/**
 * The Redis store's atomic steps, as Lua. Every script receives the session's keys in the same order (they
 * share one hash tag, so they live on one node) and `ARGV[1]` = the idle TTL in ms, which every write
 * refreshes (a session nobody asked anything in yet gets at most `UNUSED_SESSION_TTL_MS`). Only `open`
 * with an incarnation creates a session; every other step leaves a missing one missing. Events are stored
 * as JSON with their seq; the log is a stream whose entry ids are `<seq>-0`; broadcasts are
 * `<seq of the previously logged event>|<event JSON>`, sent only when another instance listens (`LS`).
 */
const PREAMBLE = `
local ${SESSION_KEYS.map(({ lua }) => lua).join(', ')} = ${SESSION_KEYS.map((_, index) => `KEYS[${index + 1}]`).join(', ')}
local function touch(ttl)
  if redis.call('HEXISTS', M, 'used') == 0 then ttl = math.min(tonumber(ttl), ${UNUSED_SESSION_TTL_MS}) end
  -- Every key but the lease (last), which expires on its own.
  for i = 1, ${SESSION_KEYS.length - 1} do redis.call('PEXPIRE', KEYS[i], ttl) end
end
-- Numbers, logs and (for other instances listening) publishes one event given as JSON without its seq;
-- keeps partial texts and outcomes. Returns {event JSON, seq of the event logged before it, its seq}.
local function append(json, kind, mid, delta, maxLog, channel, writer)
  local seq = redis.call('HINCRBY', M, 'seq', 1)
  local event = '{"seq":' .. seq .. ',' .. string.sub(json, 2)
  if kind == 'delta' then
    redis.call('HSETNX', P, 's:' .. mid, seq)
    redis.call('HSET', P, 't:' .. mid, (redis.call('HGET', P, 't:' .. mid) or '') .. delta)
  elseif (kind == 'response' or kind == 'error') and mid ~= '' then
    local first = redis.call('HGET', P, 's:' .. mid)
    if first then
      -- The final event carries the whole answer: its deltas are no longer needed to replay.
      for _, entry in ipairs(redis.call('XRANGE', L, first .. '-0', '+')) do
        local fields = entry[2]
        if fields[2] == 'delta' and fields[4] == mid then redis.call('XDEL', L, entry[1]) end
      end
      redis.call('HDEL', P, 's:' .. mid, 't:' .. mid)
    end
    if redis.call('HEXISTS', O, mid) == 1 then redis.call('HSET', O, mid, event) end
  end
  redis.call('XADD', L, 'MAXLEN', '~', maxLog, seq .. '-0', 'k', kind, 'm', mid, 'e', event)
  -- Subscribers compare "previous" with what they delivered to notice a lost broadcast.
  local previous = redis.call('HGET', M, 'lseq') or '0'
  redis.call('HSET', M, 'lseq', seq)
  if redis.call('SCARD', LS) - redis.call('SISMEMBER', LS, writer) > 0 then
    redis.call('PUBLISH', channel, previous .. '|' .. event)
  end
  return {event, tonumber(previous), seq}
end
`;

const script = (body: string) => `${PREAMBLE}\n${body}`;

export const REDIS_SCRIPTS = {
  /**
   * ARGV: ttl, incarnation to create the session under ('' = open an existing one only)
   * → {seq, transcript[], partials (flat hash), queue[], incarnation, ratings (flat: answer id, rating
   * JSON)}, or nil for a missing session
   */
  open: script(`
if redis.call('EXISTS', M) == 0 then
  if ARGV[2] == '' then return false end
  redis.call('HSET', M, 'seq', 0, 'epoch', 0, 'inc', ARGV[2])
end
local seq = redis.call('HINCRBY', M, 'seq', 1)
touch(ARGV[1])
local transcript = redis.call('LRANGE', T, 0, -1)
local ratings = {}
for _, line in ipairs(transcript) do
  local entry = cjson.decode(line)
  if entry.role == 'assistant' then
    local rating = redis.call('HGET', O, 'r:' .. entry.id)
    if rating then
      ratings[#ratings + 1] = entry.id
      ratings[#ratings + 1] = rating
    end
  end
end
return {seq, transcript, redis.call('HGETALL', P), redis.call('LRANGE', Q, 0, -1), redis.call('HGET', M, 'inc'),
  ratings}
`),
  /** ARGV: ttl → seq, or 0 for a missing session */
  stamp: script(`
if redis.call('EXISTS', M) == 0 then return 0 end
local seq = redis.call('HINCRBY', M, 'seq', 1)
touch(ARGV[1])
return seq
`),
  /**
   * ARGV: ttl, json, kind, message id, delta, epoch ('' = any), maxLog, channel, writer instance
   * → {seq, seq of the event logged before it}, or nil
   */
  append: script(`
if redis.call('EXISTS', M) == 0 then return false end
if ARGV[6] ~= '' and redis.call('HGET', M, 'epoch') ~= ARGV[6] then return false end
local logged = append(ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[7], ARGV[8], ARGV[9])
-- Writes keep a key's expiry: a delta refreshes the session only when it created its log or partial text
-- (after a reset). The lease renewals and the final event refresh it while an answer streams.
if ARGV[3] ~= 'delta' or redis.call('PTTL', L) == -1 or redis.call('PTTL', P) == -1 then touch(ARGV[1]) end
return {logged[3], logged[2]}
`),
  /** ARGV: ttl, epoch, entry JSON, max entries */
  addToTranscript: script(`
if redis.call('HGET', M, 'epoch') ~= ARGV[2] then return 0 end
redis.call('RPUSH', T, ARGV[3])
redis.call('LTRIM', T, -tonumber(ARGV[4]), -1)
touch(ARGV[1])
return 1
`),
  /**
   * ARGV: ttl, message id, message JSON, queue max, max outcomes
   * → {'queued'|'pending'|'full'|'missing'} or {'answered', event}
   */
  enqueue: script(`
if redis.call('EXISTS', M) == 0 then return {'missing'} end
local known = redis.call('HGET', O, ARGV[2])
if known == 'pending' then return {'pending'} end
if known then return {'answered', known} end
if redis.call('LLEN', Q) + redis.call('EXISTS', LEASE) >= tonumber(ARGV[4]) then return {'full'} end
redis.call('HSET', O, ARGV[2], 'pending')
redis.call('RPUSH', OO, ARGV[2])
while redis.call('LLEN', OO) > tonumber(ARGV[5]) do
  local oldest = redis.call('LPOP', OO)
  redis.call('HDEL', O, oldest, 'r:' .. oldest)
end
redis.call('RPUSH', Q, ARGV[3])
redis.call('HSET', M, 'used', 1)
touch(ARGV[1])
return {'queued'}
`),
  /** ARGV: ttl, epoch, message id, rating JSON → 1 when remembered */
  rememberOrigin: script(`
if redis.call('HGET', M, 'epoch') ~= ARGV[2] or redis.call('HEXISTS', O, ARGV[3]) == 0 then return 0 end
redis.call('HSET', O, 'r:' .. ARGV[3], ARGV[4])
touch(ARGV[1])
return 1
`),
  /**
   * ARGV: ttl, message id, verdict, max changes, feedback event JSON, maxLog, channel, writer instance
   * → {'unknown'} | {'limit'} | {'unchanged', false, seq, previous seq} |
   * {'changed', rating JSON before the change, seq, previous seq}
   */
  rate: script(`
if redis.call('EXISTS', M) == 0 then return {'unknown'} end
local outcome = redis.call('HGET', O, ARGV[2])
local raw = redis.call('HGET', O, 'r:' .. ARGV[2])
if not raw or not outcome or outcome == 'pending' then return {'unknown'} end
local rating = cjson.decode(raw)
local changed = rating.verdict ~= ARGV[3]
if changed then
  if tonumber(rating.changes) >= tonumber(ARGV[4]) then return {'limit'} end
  rating.verdict = ARGV[3]
  rating.changes = tonumber(rating.changes) + 1
  redis.call('HSET', O, 'r:' .. ARGV[2], cjson.encode(rating))
end
local logged = append(ARGV[5], 'feedback', ARGV[2], '', ARGV[6], ARGV[7], ARGV[8])
touch(ARGV[1])
if changed then return {'changed', raw, logged[3], logged[2]} end
return {'unchanged', false, logged[3], logged[2]}
`),
  /**
   * ARGV: ttl, owner, lease ms, orphan code, orphan message, maxLog, channel, writer instance
   * → {{orphan event, previous seq} or false, message JSON or false, epoch, conversation or false}; false
   * while leased; -1 for a session that no longer exists.
   */
  takeNext: script(`
if redis.call('EXISTS', M) == 0 then return -1 end
if redis.call('EXISTS', LEASE) == 1 then return false end
local orphan = false
local lost = redis.call('HGET', M, 'run')
if lost then
  redis.call('HDEL', M, 'run')
  -- A holder that vanished after its final event left nothing to report.
  if redis.call('HGET', O, lost) == 'pending' then
    local text = redis.call('HGET', P, 't:' .. lost) or ''
    redis.call('RPUSH', T, cjson.encode({id = lost, role = 'assistant', text = text, status = 'error'}))
    orphan = append(cjson.encode({type = 'error', id = lost, code = ARGV[4], message = ARGV[5]}),
      'error', lost, '', ARGV[6], ARGV[7], ARGV[8])
  end
end
local raw = redis.call('LPOP', Q)
touch(ARGV[1])
if not raw then return {orphan, false, 0, false} end
local message = cjson.decode(raw)
redis.call('SET', LEASE, ARGV[2], 'PX', ARGV[3])
redis.call('HSET', M, 'run', message.id)
return {orphan, raw, redis.call('HGET', M, 'epoch'), redis.call('HGET', M, 'conv') or false}
`),
  /** ARGV: ttl, owner, lease ms → 1 when still the holder */
  renewLease: script(`
if redis.call('GET', LEASE) ~= ARGV[2] then return 0 end
redis.call('PEXPIRE', LEASE, ARGV[3])
touch(ARGV[1])
return 1
`),
  /** ARGV: ttl, owner → questions still queued */
  releaseLease: script(`
if redis.call('GET', LEASE) == ARGV[2] then
  redis.call('DEL', LEASE)
  redis.call('HDEL', M, 'run')
end
return redis.call('LLEN', Q)
`),
  /** ARGV: ttl, epoch → 1 for the first claim of that conversation's privacy notice */
  claimPrivacyNotice: script(`
if redis.call('HGET', M, 'epoch') ~= ARGV[2] or redis.call('HGET', M, 'notice') == ARGV[2] then return 0 end
redis.call('HSET', M, 'notice', ARGV[2])
touch(ARGV[1])
return 1
`),
  /** ARGV: ttl, epoch, conversation ('' = none) → 1 when recorded */
  setConversation: script(`
if redis.call('HGET', M, 'epoch') ~= ARGV[2] then return 0 end
if ARGV[3] == '' then redis.call('HDEL', M, 'conv') else redis.call('HSET', M, 'conv', ARGV[3]) end
touch(ARGV[1])
return 1
`),
  /** ARGV: ttl, new incarnation → the conversation to delete upstream, or nil */
  reset: script(`
if redis.call('EXISTS', M) == 0 then return false end
local conversation = redis.call('HGET', M, 'conv')
redis.call('HINCRBY', M, 'epoch', 1)
redis.call('HSET', M, 'inc', ARGV[2])
-- The running answer keeps its lease until its holder lets go (one generation at a time), but it is no
-- longer this conversation's, so it must not be reported as lost.
redis.call('HDEL', M, 'conv', 'run')
redis.call('DEL', Q, T, L, P, O, OO)
touch(ARGV[1])
return conversation
`),
  /** ARGV: ttl → the conversation to delete upstream, or nil; every key of the session is gone after it */
  erase: script(`
local conversation = redis.call('HGET', M, 'conv')
redis.call('DEL', M, Q, T, L, P, O, OO, LS, LEASE)
return conversation
`),
  /** ARGV: ttl → the queued message JSONs, now forgotten */
  drainQueue: script(`
local queued = redis.call('LRANGE', Q, 0, -1)
redis.call('DEL', Q)
for _, raw in ipairs(queued) do redis.call('HDEL', O, cjson.decode(raw).id) end
return queued
`),
  /** ARGV: ttl, conversation → ms the session holding that conversation has left, or -2 when none does */
  conversationTtl: script(`
if redis.call('HGET', M, 'conv') ~= ARGV[2] then return -2 end
return redis.call('PTTL', M)
`),
  /**
   * Makes room in a full store. ARGV: ttl, 'unused' (only a session nobody asked anything in), 'any' or
   * 'probe' (evict nothing) → 'gone' (expired already), 'kept' (working, recent, or used when only unused
   * ones may go) or 'evicted:<conversation>'
   */
  evict: script(`
if redis.call('EXISTS', M) == 0 then return 'gone' end
if ARGV[2] == 'probe' then return 'kept' end
if redis.call('EXISTS', LEASE) == 1 or redis.call('LLEN', Q) > 0 then return 'kept' end
if ARGV[2] == 'unused' and redis.call('HEXISTS', M, 'used') == 1 then return 'kept' end
local conversation = redis.call('HGET', M, 'conv') or ''
redis.call('DEL', M, Q, T, L, P, O, OO)
return 'evicted:' .. conversation
`),
  /** ARGV: ttl, instance → 1 when the session exists, and the instance hears its broadcasts from now on */
  listen: script(`
if redis.call('EXISTS', M) == 0 then return 0 end
redis.call('SADD', LS, ARGV[2])
touch(ARGV[1])
return 1
`),
  /** ARGV: ttl, instance → the instance no longer hears the session's broadcasts */
  unlisten: script(`
redis.call('SREM', LS, ARGV[2])
return 1
`),
  /** ARGV: ttl → 1 when the session exists */
  touch: script(`
if redis.call('EXISTS', M) == 0 then return 0 end
touch(ARGV[1])
return 1
`),
} as const;

export type RedisScriptName = keyof typeof REDIS_SCRIPTS;
