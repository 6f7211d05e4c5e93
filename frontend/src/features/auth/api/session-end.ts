/**
 * Remembers that the user logged out on purpose, so the route guard sends them to /login without
 * a "return to" location (a lost session, on the other hand, keeps it). Cleared on the next login.
 */
let loggedOutOnPurpose = false

export function setLoggedOutOnPurpose(value: boolean): void {
  loggedOutOnPurpose = value
}

export function wasLoggedOutOnPurpose(): boolean {
  return loggedOutOnPurpose
}
