import { MemoryAnswerStore } from '@wego/gateway/src/response-cache/memory-answer-store';

const answer = (name: string, storedAt = Date.now()) => ({ result: { data: { name } }, storedAt });

describe('the in-memory answer store', () => {
  it('holds at most its bound, dropping the least recently used first', async () => {
    const store = new MemoryAnswerStore(2);
    const { generation } = await store.lookup('a');
    await store.store(generation, 'a', answer('a'), 30);
    await store.store(generation, 'b', answer('b'), 30);
    expect((await store.lookup('a')).answer?.result).toEqual({ data: { name: 'a' } });
    await store.store(generation, 'c', answer('c'), 30);
    expect((await store.lookup('b')).answer).toBeUndefined();
    expect((await store.lookup('a')).answer).toBeDefined();
    expect((await store.lookup('c')).answer).toBeDefined();
  });

  it('drops an answer once its max-age has passed', async () => {
    const store = new MemoryAnswerStore(10);
    const { generation } = await store.lookup('a');
    await store.store(generation, 'a', answer('a', Date.now() - 31_000), 30);
    expect((await store.lookup('a')).answer).toBeUndefined();
  });

  it('does not keep an answer computed before an invalidation', async () => {
    const store = new MemoryAnswerStore(10);
    const { generation } = await store.lookup('a');
    await store.invalidate();
    await store.store(generation, 'a', answer('a'), 30);
    const after = await store.lookup('a');
    expect(after.answer).toBeUndefined();
    expect(after.generation).not.toBe(generation);
  });
});
