/** Letters and digits that cannot be mistaken for each other when read out or copied by hand (no 0/O, 1/l/I). */
const ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/**
 * A random password an admin can read out or write down: four groups of four characters ("k7Qm-x9Pt-a3Rw-Zn4e"),
 * about 93 bits. `random` fills a byte array (crypto.getRandomValues in the browser).
 */
export function suggestPassword(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const chars: string[] = [];
  // Reject bytes past the last whole multiple of the alphabet's length, so every character is equally likely.
  const limit = 256 - (256 % ALPHABET.length);
  while (chars.length < 16) {
    for (const byte of random(new Uint8Array(32))) {
      if (byte < limit && chars.length < 16) chars.push(ALPHABET.charAt(byte % ALPHABET.length));
    }
  }
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
}
