// Cache codec: the words every binary cache file is made of, and the sealed envelope around each.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace claimcheck::codec {

// Thrown by Reader on bytes that cannot be what a Writer wrote (too short, a count larger than
// what is left, a flag that is neither 0 nor 1, an int out of range). Each format catches it
// where it decodes a file and treats the file as a miss.
struct Damaged {};

// Throws Damaged; out of line, so the per-word reads below stay small enough to inline.
[[noreturn]] void damaged();

// Files are little-endian whatever the machine, so a cache filled on one serves on another.
inline std::uint64_t little_endian(std::uint64_t v) {
  if constexpr (std::endian::native == std::endian::little) {
    return v;
  } else {
    std::uint64_t swapped = 0;
    for (int i = 0; i < 8; ++i) swapped = (swapped << 8) | ((v >> (8 * i)) & 0xff);
    return swapped;
  }
}

// Fixed-width little-endian 64-bit words, and texts as a length word then the bytes.
class Writer {
 public:
  void u64(std::uint64_t v) {
    v = little_endian(v);
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  void i64(std::int64_t v) { u64(static_cast<std::uint64_t>(v)); }
  void f64(double v) { u64(std::bit_cast<std::uint64_t>(v)); }
  void flag(bool v) { u64(v ? 1 : 0); }
  void text(std::string_view s) {
    u64(s.size());
    out_ += s;
  }
  // A count, then the values' bytes as they lie in memory (plain structs of numbers only).
  template <typename T>
  void array(const std::vector<T>& values) {
    static_assert(std::is_trivially_copyable_v<T>);
    u64(values.size());
    out_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
  }

  const std::string& bytes() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

// Reads what a Writer wrote, in the same order. Every read checks that its bytes are there and
// throws Damaged when they are not, so no damaged input reads past its end or allocates more
// than it holds.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  std::uint64_t u64() {
    std::uint64_t v;
    std::memcpy(&v, take(sizeof v).data(), sizeof v);
    return little_endian(v);
  }
  std::int64_t i64() { return static_cast<std::int64_t>(u64()); }
  // A value written from an int (or a narrower signed type); one outside int's range is damage.
  int i32() {
    std::int64_t v = i64();
    if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) damaged();
    return static_cast<int>(v);
  }
  double f64() { return std::bit_cast<double>(u64()); }
  bool flag() { return at_most(1) == 1; }
  // A number no larger than `most` (small enums and bit sets).
  std::uint64_t at_most(std::uint64_t most) {
    std::uint64_t v = u64();
    if (v > most) damaged();
    return v;
  }
  // A count of items that each take at least `bytes_each` bytes: no larger than what is left
  // divided by that, so a damaged count cannot make the caller reserve more than the file holds.
  std::size_t count(std::size_t bytes_each) {
    std::uint64_t n = u64();
    if (n > in_.size() / (bytes_each == 0 ? 1 : bytes_each)) damaged();
    return static_cast<std::size_t>(n);
  }
  std::string text() { return std::string(view()); }
  // Straight into an existing string (a claim's own field): no temporary.
  void text_into(std::string& s) {
    std::string_view v = view();
    s.assign(v.data(), v.size());
  }
  // A text without copying it; valid while the bytes read are.
  std::string_view view() { return take(count(1)); }
  template <typename T>
  void array(std::vector<T>& values) {
    static_assert(std::is_trivially_copyable_v<T>);
    std::size_t n = count(sizeof(T));
    values.resize(n);
    if (n > 0) std::memcpy(values.data(), take(n * sizeof(T)).data(), n * sizeof(T));
  }

  std::size_t left() const { return in_.size(); }
  bool done() const { return in_.empty(); }
  // Throws Damaged unless every byte was read: trailing bytes mean another layout.
  void expect_done() const {
    if (!in_.empty()) damaged();
  }

 private:
  // Decoding a large cache runs these for every word: they stay inline.
  std::string_view take(std::size_t n) {
    if (n > in_.size()) damaged();
    std::string_view taken(in_.data(), n);
    in_.remove_prefix(n);
    return taken;
  }

  std::string_view in_;
};

// A sealed file: its format's name, claimcheck's version, a checksum of the body (platform/
// hash.h: body_checksum), then the body. A file of another format or version is a miss, and so is
// a body that does not sum to its checksum: a flipped byte that would still decode is never
// believed.
std::string seal(std::string_view format, std::string_view body);

// The parts of a sealed file, before its body is checked.
struct Sealed {
  std::uint64_t checksum = 0;
  std::string_view body;
  bool intact() const;
};

// The envelope of `bytes`, or nullopt when it is too short to hold one or was sealed for another
// format or version. The body is not checked: a file's first bytes alone can be read this way.
std::optional<Sealed> read_envelope(std::string_view format, std::string_view bytes);

// The body of a sealed file, or nullopt when it is foreign, cut short or damaged.
std::optional<std::string_view> unseal(std::string_view format, std::string_view bytes);

}  // namespace claimcheck::codec
