// Compile-time ties between the emulator's classes and @types/google-apps-script, so that a
// renamed or removed Google method, or a parameter type the emulator would not accept, fails
// `npm run typecheck` instead of drifting silently.

// biome-ignore lint/suspicious/noExplicitAny: matching arbitrary Google signatures needs `any`.
type AnyFn = (...args: any[]) => any;

/**
 * What an emulated class may declare for a Google class T: any subset of T's methods, each accepting
 * at least T's parameters (checked against T's last overload) and, for primitive results, returning
 * T's type. Object results are the emulator's own classes and are not compared.
 */
export type Surface<T> = {
  [K in keyof T as string extends K ? never : K]?: T[K] extends (...a: infer A) => infer R
    ? (...a: LooseParams<A>) => LooseResult<R>
    : never;
};

/** Object parameters are the emulator's own classes at run time, so only primitive ones are compared. */
type LooseParams<A extends unknown[]> = { [I in keyof A]: LooseParam<A[I]> };
// biome-ignore lint/suspicious/noExplicitAny: Google's object parameters are accepted as they come.
type LooseParam<P> = P extends object ? any : P;

/**
 * Enums are strings in the emulator, and TypeScript cannot tell a numeric enum from number, so
 * only string, boolean and void results are compared.
 */
type LooseResult<R> = [R] extends [object]
  ? unknown
  : string extends R
    ? R
    : boolean extends R
      ? R
      : undefined extends R
        ? R
        : unknown;

type PublicMethods<C> = {
  [K in keyof C]: K extends `_${string}` ? never : C[K] extends AnyFn ? K : never;
}[keyof C];

/** Method names the emulated class exposes that Google's class does not have. */
export type UnknownMethods<C, T> = Exclude<PublicMethods<C>, keyof T | 'toString'>;

/** Fails to compile when C exposes a method that T does not have (a typo or a removed API). */
export function surfaceCheck<C, T>(
  ok: [UnknownMethods<C, T>] extends [never] ? true : UnknownMethods<C, T>,
): void {
  void ok;
}
