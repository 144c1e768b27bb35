// The same lookup as `thresholds assess --summary`, written plainly in C, for the benchmark: a
// floor for what a compiled program spends reading these cases on this machine, not a rival.
//
// For each line: find "id", "authority" and "indicators" by a plain scan (no escapes, no
// nesting, no checks of ages, types or duplicates, no combination rules), look each indicator
// up in a hash table, take the highest level (1 when none), and print the id, authority and
// level; a line with an unknown indicator or no authority prints an error line. So it does
// much less than thresholds does; what it measures is the cost of reading the bytes and one
// hash lookup per identifier.
//
// Usage: lookup LEVELS CASES > results.jsonl
//   LEVELS: one "identifier level" pair a line (run.sh writes it from Rules/*.json).
//   CASES: JSON Lines, one case a line.
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
  const char *key;
  size_t length;
  int level;
} Entry;

enum { slots = 1 << 14 };
static Entry table[slots];

static uint64_t hash(const char *bytes, size_t count) {
  uint64_t value = 1469598103934665603ULL;
  for (size_t index = 0; index < count; index++) {
    value = (value ^ (unsigned char)bytes[index]) * 1099511628211ULL;
  }
  return value;
}

static void put(const char *key, size_t length, int level) {
  size_t slot = hash(key, length) & (slots - 1);
  while (table[slot].key) slot = (slot + 1) & (slots - 1);
  table[slot] = (Entry){strndup(key, length), length, level};
}

static int get(const char *key, size_t length) {
  size_t slot = hash(key, length) & (slots - 1);
  while (table[slot].key) {
    if (table[slot].length == length && memcmp(table[slot].key, key, length) == 0) {
      return table[slot].level;
    }
    slot = (slot + 1) & (slots - 1);
  }
  return -1;
}

static char output[1 << 20];
static size_t used;

static void emit(const char *bytes, size_t count) {
  if (used + count > sizeof output) {
    fwrite(output, 1, used, stdout);
    used = 0;
  }
  memcpy(output + used, bytes, count);
  used += count;
}

// The next quote at or after `from`, or `end`.
static const char *quote(const char *from, const char *end) {
  const char *found = memchr(from, '"', (size_t)(end - from));
  return found ? found : end;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: lookup LEVELS CASES\n");
    return 64;
  }
  FILE *levels = fopen(argv[1], "r");
  if (!levels) return 1;
  char id[1024];
  int level;
  while (fscanf(levels, "%1023s %d", id, &level) == 2) put(id, strlen(id), level);
  fclose(levels);

  int descriptor = open(argv[2], O_RDONLY);
  struct stat status;
  if (descriptor < 0 || fstat(descriptor, &status) != 0) return 1;
  if (status.st_size == 0) return 0;
  const char *data = mmap(0, (size_t)status.st_size, PROT_READ, MAP_PRIVATE, descriptor, 0);
  if (data == MAP_FAILED) return 1;
  const char *end = data + status.st_size;
  char line[1024];
  for (const char *cursor = data; cursor < end;) {
    const char *newline = memchr(cursor, '\n', (size_t)(end - cursor));
    if (!newline) newline = end;
    const char *idStart = 0, *authority = 0;
    size_t idLength = 0, authorityLength = 0;
    int best = 1, unknown = 0;
    const char *at = cursor;
    while (at < newline) {
      const char *key = quote(at, newline) + 1;
      if (key > newline) break;
      const char *keyEnd = quote(key, newline);
      size_t keyLength = (size_t)(keyEnd - key);
      at = keyEnd + 1;
      while (at < newline && (*at == ':' || *at == ' ')) at++;
      if (at >= newline) break;
      if (keyLength == 2 && memcmp(key, "id", 2) == 0 && *at == '"') {
        idStart = at + 1;
        at = quote(idStart, newline);
        idLength = (size_t)(at - idStart);
        at++;
      } else if (keyLength == 9 && memcmp(key, "authority", 9) == 0 && *at == '"') {
        authority = at + 1;
        at = quote(authority, newline);
        authorityLength = (size_t)(at - authority);
        at++;
      } else if (keyLength == 10 && memcmp(key, "indicators", 10) == 0 && *at == '[') {
        while (at < newline && *at != ']') {
          if (*at == '"') {
            const char *start = at + 1;
            at = quote(start, newline);
            int found = get(start, (size_t)(at - start));
            if (found < 0) unknown = 1;
            if (found > best) best = found;
          }
          at++;
        }
      }
    }
    int count =
        unknown || !authority
            ? snprintf(line, sizeof line, "{\"error\":\"unknown area or indicator\"}\n")
            : snprintf(line, sizeof line, "{\"id\":\"%.*s\",\"authority\":\"%.*s\",\"level\":%d}\n",
                       (int)idLength, idStart ? idStart : "", (int)authorityLength, authority,
                       best);
    // A line too long for the buffer (an id of some 900 bytes) is reported, not cut short.
    if (count < 0 || (size_t)count >= sizeof line) {
      count = snprintf(line, sizeof line, "{\"error\":\"line too long\"}\n");
    }
    emit(line, (size_t)count);
    cursor = newline + 1;
  }
  fwrite(output, 1, used, stdout);
  return 0;
}
