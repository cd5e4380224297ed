import { describe, expect, it, vi } from 'vitest';
import { createSocketMonitor } from '../connection-state';

describe('socket monitor', () => {
  it('is idle until a subscription opens the socket', () => {
    const monitor = createSocketMonitor();
    expect(monitor.state.value).toBe('idle');
    monitor.connecting(false);
    expect(monitor.state.value).toBe('connecting');
    monitor.connected(false);
    expect(monitor.state.value).toBe('connected');
  });

  it('reports a dropped socket as lost and announces the reconnection (to refetch)', () => {
    const monitor = createSocketMonitor();
    const reconnected = vi.fn();
    monitor.onReconnected(reconnected);
    monitor.connecting(false);
    monitor.connected(false);
    expect(reconnected).not.toHaveBeenCalled();

    monitor.closed({ code: 1006 });
    expect(monitor.state.value).toBe('lost');
    monitor.connecting(true);
    expect(monitor.state.value).toBe('lost');
    monitor.connected(true);
    expect(monitor.state.value).toBe('connected');
    expect(reconnected).toHaveBeenCalledTimes(1);
  });

  it('does not call an intended close (lazy close, terminate on sign-out) a loss', () => {
    const monitor = createSocketMonitor();
    monitor.connecting(false);
    monitor.connected(false);
    monitor.closed({ code: 1000 });
    expect(monitor.state.value).toBe('idle');
    monitor.connected(false);
    monitor.closed({ code: 4499 });
    expect(monitor.state.value).toBe('idle');
  });
});
