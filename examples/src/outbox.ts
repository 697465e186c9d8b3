// The outbox relay: reads committed rows and publishes them to Kafka, in order.
export async function relay(batch: OutboxRow[], send: (row: OutboxRow) => Promise<void>): Promise<number> {
  let sent = 0;
  for (const row of batch) {
    await send(row);
    sent++;
  }
  return sent;
}

export interface OutboxRow {
  id: number;
  topic: string;
  payload: string;
}
