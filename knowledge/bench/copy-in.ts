import type pg from 'pg';

/** The part of node-postgres' connection a submittable query talks to. */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/** Sent in pieces of this size so the socket buffer does not hold a whole batch twice. */
const PIECE = 1 << 20;

/**
 * `COPY … FROM STDIN` on a node-postgres client, without pg-copy-streams: node-postgres runs any
 * object with `submit` as a query and hands it the protocol messages (CopyInResponse, then
 * CommandComplete and ReadyForQuery, or an error). Binary COPY spares the server parsing vector
 * text and the client printing 512 floats per chunk.
 */
export function copyIn(client: pg.PoolClient, statement: string, data: Buffer): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let rows = 0;
    const submittable = {
      submit(connection: CopyConnection) {
        connection.query(statement);
      },
      handleCopyInResponse(connection: CopyConnection) {
        for (let at = 0; at < data.length; at += PIECE) connection.sendCopyFromChunk(data.subarray(at, at + PIECE));
        connection.endCopyFrom();
      },
      handleCommandComplete(message: { text?: string }) {
        rows = Number(/\d+$/.exec(message.text ?? '')?.[0] ?? 0);
      },
      handleReadyForQuery() {
        resolve(rows);
      },
      handleError(error: Error) {
        reject(error);
      },
      // Messages a COPY does not send; the client calls them only on a protocol mix-up.
      handleRowDescription() {},
      handleDataRow() {},
      handleEmptyQuery() {},
      handlePortalSuspended() {},
      handleCopyData() {},
    };
    (client as unknown as { query(q: unknown): void }).query(submittable);
  });
}
