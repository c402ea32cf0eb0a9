/**
 * The fake gateway: Discord's websocket protocol (v10, JSON, uncompressed — what discord.js asks for
 * when zlib-sync is not installed). HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME with
 * replay of missed events, and ways to drop the connection so the client must resume or re-identify.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayOpcodes } from 'discord-api-types/v10';
import { type WebSocket, WebSocketServer } from 'ws';
import { nextSnowflake } from './ids.ts';
import { guildCreatePayload, type World } from './world.ts';

interface DispatchPayload {
  op: GatewayOpcodes.Dispatch;
  t: string;
  s: number;
  d: unknown;
}

interface Session {
  id: string;
  /** `[shard id, shard count]` as identified. */
  shard: [number, number];
  seq: number;
  /** Every event sent in this session, kept so a RESUME can replay what the client missed. */
  events: DispatchPayload[];
  socket: WebSocket | undefined;
}

export interface GatewayFrame {
  at: number;
  direction: 'in' | 'out';
  op: number;
  t?: string;
  d?: unknown;
}

export interface GatewayStats {
  identifies: number;
  resumes: number;
  heartbeats: number;
  /** Connections that reached READY or RESUMED. */
  readyConnections: number;
}

export class FakeGateway {
  readonly stats: GatewayStats = { identifies: 0, resumes: 0, heartbeats: 0, readyConnections: 0 };
  /** The last IDENTIFY payload the client sent (intents, properties…). */
  lastIdentify: Record<string, unknown> | undefined;
  readonly frames: GatewayFrame[] = [];
  /** Problems in what the client sent; tests assert this stays empty. */
  readonly protocolErrors: string[] = [];
  /** The close code of every connection that ended (the one in the close frame; 1006 for a dropped socket). */
  readonly closeCodes: number[] = [];
  private readonly server = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  /** The live session of each shard id. */
  private readonly current = new Map<number, Session>();
  private readonly sockets = new Set<WebSocket>();

  constructor(
    private readonly world: World,
    private readonly onChange: () => void,
    private readonly heartbeatInterval = 41_250,
  ) {}

  /** Takes over an HTTP upgrade request aimed at the gateway path. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const problems: string[] = [];
    if (url.searchParams.get('v') !== '10') problems.push(`gateway version v=${url.searchParams.get('v')}`);
    if (url.searchParams.get('encoding') !== 'json')
      problems.push(`encoding=${url.searchParams.get('encoding')} (only json is served)`);
    if (url.searchParams.has('compress'))
      problems.push(`compress=${url.searchParams.get('compress')} (compression is not served)`);
    this.server.handleUpgrade(request, socket, head, (ws) => {
      if (problems.length > 0) {
        this.protocolErrors.push(...problems);
        ws.close(GatewayCloseCodes.DecodeError, problems.join('; '));
        return;
      }
      this.accept(ws);
    });
  }

  /**
   * The session that receives the guild's events: Discord routes a guild to shard
   * `(guild_id >> 22) % shard_count`.
   */
  private get guildSession(): Session | undefined {
    for (const session of this.current.values())
      if (shardOfGuild(this.world.guildId, session.shard[1]) === session.shard[0]) return session;
    return undefined;
  }

  /** Whether the guild's session is live and its socket open, so dispatched events arrive at once. */
  get connected(): boolean {
    return this.guildSession?.socket !== undefined;
  }

  /** The `[id, count]` of every shard that identified, in order. */
  get shardsIdentified(): [number, number][] {
    return this.identified.map((identify) => identify.shard);
  }

  private readonly identified: { shard: [number, number] }[] = [];

  /**
   * Sends an event in the current session. While the client is disconnected it is only stored, and
   * replayed if the client resumes (as Discord does); a client that re-identifies never sees it.
   */
  dispatch(t: string, d: unknown): void {
    const session = this.guildSession;
    if (!session)
      throw new Error(`cannot dispatch ${t}: no shard of the bot has identified for the guild yet`);
    this.sendEvent(session, t, d);
  }

  /** Drops the live connection: a close frame with `code`, or (terminate) a dead TCP socket. */
  async dropConnection(options: { code?: number; terminate?: boolean; forgetSession?: boolean } = {}) {
    const session = this.guildSession;
    const socket = session?.socket;
    if (!session || !socket) throw new Error('dropConnection: the bot has no open gateway connection');
    if (options.forgetSession) this.sessions.delete(session.id);
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    if (options.terminate) socket.terminate();
    else socket.close(options.code ?? GatewayCloseCodes.UnknownError, 'fake Discord dropped the connection');
    await closed;
  }

  /** Sends op 7 RECONNECT: the client should close and resume. */
  requestReconnect(): void {
    const socket = this.guildSession?.socket;
    if (!socket) throw new Error('requestReconnect: the bot has no open gateway connection');
    this.send(socket, { op: GatewayOpcodes.Reconnect, d: null });
  }

  /** Sends a raw gateway frame (any opcode) on the guild's live connection. */
  sendFrame(payload: { op: number; d?: unknown; t?: string }): void {
    const socket = this.guildSession?.socket;
    if (!socket) throw new Error('sendFrame: the bot has no open gateway connection');
    this.send(socket, payload);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: WebSocket): void {
    this.sockets.add(socket);
    let session: Session | undefined;
    socket.on('message', (data) => {
      let payload: { op: number; d?: unknown };
      try {
        payload = JSON.parse(String(data));
      } catch {
        this.protocolErrors.push(`undecodable gateway frame: ${String(data).slice(0, 80)}`);
        socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
        return;
      }
      this.frames.push({ at: Date.now(), direction: 'in', op: payload.op, d: payload.d });
      session = this.receive(socket, payload, session);
      this.onChange();
    });
    socket.on('close', (code) => {
      this.closeCodes.push(code);
      this.sockets.delete(socket);
      if (session && session.socket === socket) session.socket = undefined;
      this.onChange();
    });
    socket.on('error', () => {});
    this.send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.heartbeatInterval } });
  }

  private receive(socket: WebSocket, payload: { op: number; d?: unknown }, session: Session | undefined) {
    const data = (payload.d ?? {}) as Record<string, unknown>;
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.stats.heartbeats += 1;
        this.send(socket, { op: GatewayOpcodes.HeartbeatAck });
        return session;
      case GatewayOpcodes.Identify: {
        if (session) {
          socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'You sent more than one identify payload.');
          return session;
        }
        if (data.token !== this.world.token) {
          socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
          return session;
        }
        if (typeof data.intents !== 'number') {
          this.protocolErrors.push('IDENTIFY without intents');
          socket.close(GatewayCloseCodes.InvalidIntents, 'Invalid intent(s).');
          return session;
        }
        const shard = parseShard(data.shard);
        if (!shard) {
          socket.close(GatewayCloseCodes.InvalidShard, 'Invalid shard.');
          return session;
        }
        this.stats.identifies += 1;
        this.lastIdentify = data;
        this.identified.push({ shard });
        const fresh: Session = { id: nextSnowflake(), shard, seq: 0, events: [], socket };
        this.sessions.set(fresh.id, fresh);
        this.current.set(shard[0], fresh);
        const hasGuild = shardOfGuild(this.world.guildId, shard[1]) === shard[0];
        this.sendEvent(fresh, GatewayDispatchEvents.Ready, this.readyPayload(fresh, hasGuild));
        if (hasGuild)
          this.sendEvent(fresh, GatewayDispatchEvents.GuildCreate, guildCreatePayload(this.world));
        this.stats.readyConnections += 1;
        return fresh;
      }
      case GatewayOpcodes.Resume: {
        const known = this.sessions.get(String(data.session_id));
        if (data.token !== this.world.token) {
          socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
          return session;
        }
        if (!known || typeof data.seq !== 'number') {
          // Session gone: the client must identify again.
          this.send(socket, { op: GatewayOpcodes.InvalidSession, d: false });
          return session;
        }
        this.stats.resumes += 1;
        known.socket = socket;
        this.current.set(known.shard[0], known);
        for (const event of known.events) if (event.s > (data.seq as number)) this.send(socket, event);
        this.sendEvent(known, GatewayDispatchEvents.Resumed, null);
        this.stats.readyConnections += 1;
        return known;
      }
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.VoiceStateUpdate:
        return session;
      default:
        this.protocolErrors.push(`unknown gateway opcode ${payload.op}`);
        socket.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
        return session;
    }
  }

  private readyPayload(session: Session, hasGuild: boolean): Record<string, unknown> {
    return {
      v: 10,
      user: { ...this.world.bot, verified: true, mfa_enabled: false, email: null },
      guilds: hasGuild ? [{ id: this.world.guildId, unavailable: true }] : [],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.resumeUrl,
      shard: session.shard,
      application: { id: this.world.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      user_settings: {},
      geo_ordered_rtc_regions: ['rotterdam'],
      auth_session_id_hash: 'fake',
      _trace: ['["fake-discord",{"micros":0}]'],
    };
  }

  /** Set by the server once it knows its port. */
  resumeUrl = '';

  private sendEvent(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const event: DispatchPayload = { op: GatewayOpcodes.Dispatch, t, s: session.seq, d };
    session.events.push(event);
    if (session.socket) this.send(session.socket, event);
  }

  private send(socket: WebSocket, payload: { op: number; t?: string; s?: number; d?: unknown }): void {
    this.frames.push({ at: Date.now(), direction: 'out', op: payload.op, t: payload.t, d: payload.d });
    socket.send(JSON.stringify({ t: null, s: null, ...payload }));
  }
}

/** Which shard receives a guild's events, by Discord's formula. */
function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

function parseShard(value: unknown): [number, number] | undefined {
  if (value === undefined) return [0, 1];
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [id, count] = value as unknown[];
  if (!Number.isInteger(id) || !Number.isInteger(count)) return undefined;
  if ((count as number) < 1 || (id as number) < 0 || (id as number) >= (count as number)) return undefined;
  return [id as number, count as number];
}
