// One libFuzzer program per target (NEWS_FUZZ_TARGET names it); built with clang and
// -DNEWS_FUZZ=ON, run by scripts/fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const news::fuzz::Entry entry = news::fuzz::find_target(NEWS_FUZZ_TARGET);
  entry(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
