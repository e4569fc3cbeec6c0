// Claim cache: a facts file's converted source and claims, stored on disk under the hash of its text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/model.h"
#include "claimcheck/source_manager.h"

namespace claimcheck {

// One folder of entries, each named after the hash of a facts file's text and claimcheck's
// version, so an edited file or a new claimcheck simply misses. Entries hold no file path (the
// reader fills in the file it is loading), so a cache filled on other machines, in other
// folders, still serves. Only files that converted without any diagnostic are stored.
class ClaimCache {
 public:
  // `settings`: everything besides the text that decides how a file converts (the input
  // limits), so a run with other limits never reuses an entry made under different ones.
  ClaimCache(std::string folder, std::string settings);

  // Names a file's entry: the text is read and hashed once, then the entry is counted, decoded
  // or written without the text (a warm re-check of a large dataset touches every file).
  struct Entry {
    std::string path;        // the entry's file in the cache folder
    std::string facts_file;  // the facts file it converts, as shown to users
    std::uint64_t text_size = 0;
    std::uint64_t text_hash = 0;  // a second hash of the text, checked against the entry's header
  };
  Entry entry_of(const SourceFile& file) const;

  // The file's converted claims (its source at index 0 of the dataset), or nullopt on a miss
  // or an unreadable entry.
  std::optional<Dataset> read(const SourceFile& file) const;
  // How many claims the file's entry holds, from its header alone; nullopt on a miss. A large
  // dataset counts every file first, then decodes each entry straight into its place (read_into).
  std::optional<std::size_t> count(const Entry& entry) const;
  // Decodes the entry into `source` and `claims[0 .. count)`, which must hold `count` claims as
  // count() said; each claim's source index becomes `source_index`. False (with `source` and the
  // claims in an unspecified state) when the entry is missing, damaged or holds another count.
  bool read_into(const Entry& entry, Source& source, Claim* claims, std::size_t count, int source_index) const;
  // Stores a cleanly converted file. Writes to a temporary name and renames it into place, so
  // parallel writers (shards) never leave half an entry. Returns false when it cannot write.
  bool write(const Entry& entry, const Dataset& converted) const;
  bool write(const SourceFile& file, const Dataset& converted) const { return write(entry_of(file), converted); }

 private:
  std::string folder_;
  std::string settings_;
};

// The entries' encoding of a source and some of its claims, for the run snapshot
// (cache/run_snapshot.h), which keeps the claims its findings cite.
std::string encode_claims(const Source& source, const std::vector<const Claim*>& claims);
// What encode_claims wrote; ranges name `file`. False when the bytes are damaged.
bool decode_claims(std::string_view bytes, const std::string& file, Source& source, std::vector<Claim>& claims);

}  // namespace claimcheck
