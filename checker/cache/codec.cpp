// Cache codec: bounds-checked words and the sealed envelope (format, version, body checksum).
#include "cache/codec.h"

#include <climits>

#include "claimcheck/version.h"
#include "platform/hash.h"

namespace claimcheck::codec {

namespace {

// Files are little-endian whatever the machine, so a cache filled on one serves on another.
std::uint64_t little_endian(std::uint64_t v) {
  if constexpr (std::endian::native == std::endian::little) {
    return v;
  } else {
    std::uint64_t swapped = 0;
    for (int i = 0; i < 8; ++i) swapped = (swapped << 8) | ((v >> (8 * i)) & 0xff);
    return swapped;
  }
}

}  // namespace

void Writer::u64(std::uint64_t v) {
  v = little_endian(v);
  out_.append(reinterpret_cast<const char*>(&v), sizeof v);
}

std::string_view Reader::take(std::size_t n) {
  if (n > in_.size()) throw Damaged{};
  std::string_view taken = in_.substr(0, n);
  in_.remove_prefix(n);
  return taken;
}

std::uint64_t Reader::u64() {
  std::uint64_t v;
  std::memcpy(&v, take(sizeof v).data(), sizeof v);
  return little_endian(v);
}

int Reader::i32() {
  std::int64_t v = i64();
  if (v < INT_MIN || v > INT_MAX) throw Damaged{};
  return static_cast<int>(v);
}

bool Reader::flag() {
  return at_most(1) == 1;
}

std::uint64_t Reader::at_most(std::uint64_t most) {
  std::uint64_t v = u64();
  if (v > most) throw Damaged{};
  return v;
}

std::size_t Reader::count(std::size_t bytes_each) {
  std::uint64_t n = u64();
  if (n > in_.size() / (bytes_each == 0 ? 1 : bytes_each)) throw Damaged{};
  return static_cast<std::size_t>(n);
}

std::string_view Reader::view() {
  return take(count(1));
}

std::string seal(std::string_view format, std::string_view body) {
  Writer head;
  head.text(format);
  head.text(kVersion);
  head.u64(body_checksum(body));
  std::string sealed = head.take();
  sealed += body;
  return sealed;
}

bool Sealed::intact() const {
  return body_checksum(body) == checksum;
}

std::optional<Sealed> read_envelope(std::string_view format, std::string_view bytes) {
  try {
    Reader in(bytes);
    if (in.view() != format || in.view() != kVersion) return std::nullopt;
    Sealed sealed;
    sealed.checksum = in.u64();
    sealed.body = bytes.substr(bytes.size() - in.left());
    return sealed;
  } catch (const Damaged&) {
    return std::nullopt;
  }
}

std::optional<std::string_view> unseal(std::string_view format, std::string_view bytes) {
  std::optional<Sealed> sealed = read_envelope(format, bytes);
  if (!sealed || !sealed->intact()) return std::nullopt;
  return sealed->body;
}

}  // namespace claimcheck::codec
