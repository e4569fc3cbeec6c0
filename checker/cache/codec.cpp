// Cache codec: bounds-checked words and the sealed envelope (format, version, body checksum).
#include "cache/codec.h"

#include "claimcheck/version.h"
#include "platform/hash.h"

namespace claimcheck::codec {

void damaged() {
  throw Damaged{};
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
