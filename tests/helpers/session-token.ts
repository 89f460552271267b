/** The session a resume token names (`<session>.<incarnation>.<signature>`), for reaching into the store. */
export function sessionIdOf(token: string): string {
  return token.slice(0, token.indexOf('.'));
}
