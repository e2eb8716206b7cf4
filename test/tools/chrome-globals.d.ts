/**
 * The few `chrome.*` calls test tools make inside the extension's service worker
 * (`worker.evaluate`), typed here so tools need not pull in the whole Chrome typings.
 */
declare namespace chrome {
  namespace tabs {
    function query(filter: { url?: string | string[] }): Promise<Array<{ id?: number; url?: string }>>;
  }
  namespace windows {
    function create(options: {
      url: string;
      type: 'popup' | 'normal';
      left: number;
      top: number;
      width: number;
      height: number;
    }): Promise<unknown>;
  }
}
declare namespace chrome {
  namespace runtime {
    function sendMessage(message: unknown): Promise<unknown>;
  }
  namespace storage {
    const session: { get(key: string | null): Promise<Record<string, unknown>> };
  }
}
