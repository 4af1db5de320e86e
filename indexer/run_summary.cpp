#include "run_summary.hpp"

#include <cstdio>

namespace news {

std::string reason_kind(const std::string& reason) {
  const std::size_t cut = reason.find_first_of("(:");
  std::string kind = reason.substr(0, cut);
  while (!kind.empty() && kind.back() == ' ') {
    kind.pop_back();
  }
  return kind.empty() ? reason : kind;
}

std::string RunSummary::line() const {
  std::size_t skipped_total = 0;
  std::string reasons;
  for (const auto& [reason, count] : skipped) {
    skipped_total += count;
    reasons += (reasons.empty() ? "" : ", ") + std::to_string(count) + " " + reason;
  }
  const double rate = seconds > 0 ? double(added + updated) / seconds : 0.0;
  char timing[96];
  std::snprintf(timing, sizeof timing, "; %.2f s, %.1f articles/s; index holds %zu articles",
                seconds, rate, document_count);
  std::string out = std::to_string(added) + " new, " + std::to_string(updated) + " updated, " +
                    std::to_string(unchanged) + " unchanged, " + std::to_string(deleted) +
                    " deleted, " + std::to_string(skipped_total) + " skipped";
  if (!reasons.empty()) {
    out += " (" + reasons + ")";
  }
  if (known_failures > 0) {
    out += "; " + std::to_string(known_failures) + (known_failures == 1 ? " file" : " files") +
           " that could not be read before, unchanged: not read again";
  }
  out += timing;
  if (relinked > 0) {
    out += "; names re-linked in " + std::to_string(relinked) + " articles";
  }
  if (compacted_to > 0) {
    char sizes[96];
    std::snprintf(sizes, sizeof sizes, "; compacted %.1f MB to %.1f MB",
                  double(compacted_from) / 1e6, double(compacted_to) / 1e6);
    out += sizes;
  }
  if (interrupted) {
    out += "; interrupted: run again to finish";
  }
  return out;
}

}  // namespace news
