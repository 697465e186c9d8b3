/**
 * Made on the first call and kept: what activation registers but only a command or a request
 * uses. In the Node build such code sits in a lazy bundle (esbuild.mjs), which loads then.
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

type Method = (...args: never[]) => unknown;
type MethodName<T> = { [K in keyof T]: T[K] extends Method ? K : never }[keyof T];

/**
 * An object with `methods` of what `make` returns, made on the first call of one of them: a
 * provider registered at activation whose code loads on its first request. Name every method
 * VS Code looks for on registration (`prepareRename`, `resolveCompletionItem`, ...).
 */
export function deferred<T, K extends MethodName<T>>(make: () => T, methods: readonly K[]): Pick<T, K> {
  const real = once(make);
  const forwarding: Partial<Pick<T, K>> = {};
  for (const name of methods) {
    const call = (...args: unknown[]): unknown => {
      const target = real();
      return (target[name] as (...a: unknown[]) => unknown).apply(target, args);
    };
    forwarding[name] = call as T[K];
  }
  return forwarding as Pick<T, K>;
}
