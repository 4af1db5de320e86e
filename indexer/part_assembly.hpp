// An archive's (or web archive's) members put back together in member order, in parts of
// bounded size, so that the writer stores the first articles while the workers still read
// the rest: what an archive costs in memory does not grow with its members.
#pragma once

#include <atomic>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "file_reading.hpp"

namespace news {

// One archive member or web archive page read by a worker: its result with the file's stamp, the
// warnings of bodies cut, its documents; what went wrong. `done` is set last, by the worker.
struct MemberPiece {
  FileOutcome outcome;
  std::vector<std::string> cut_warnings;
  std::string failure;       // read_failure of an exception while reading
  std::exception_ptr error;  // anything else thrown, rethrown for the file
  std::atomic<bool> done{false};
};

// How large a part grows: a part is handed on once it holds `articles` articles or `bytes`
// bytes of article text (titles and bodies), whichever comes first. A member's articles are
// never split: one member of more articles (a record file) is a part of its own. An article
// and its document take about 60 bytes per byte of text until written (Reuters: 1.1 GB for
// 17.8 MB of text), so a part is some 60 MB, and at most three are held at once (one being
// written, one waiting, one being put together); 1,000 Reuters stories are 0.85 MB.
struct PartLimits {
  std::size_t articles = 1000;
  std::size_t bytes = std::size_t{1} << 20;
};

// The pieces of one file in member order. Articles, documents and spelling words go into the
// part being put together; the messages (warnings, errors, skipped counts, cut warnings),
// which are small, are kept for the file's outcome, so that they are reported in the order
// and with the failures one reader of the whole file gives. A full part is handed to `emit`
// only when the articles of a later member come (so a file that fits in one part is never
// emitted: its outcome holds it all, as before parts). Once a piece in order failed, nothing
// more is emitted: what was emitted stays emitted.
class PartAssembly {
 public:
  using Emit = std::function<void(FileOutcome part)>;
  PartAssembly(const FileStamp& stamp, PartLimits limits, Emit emit);

  // A piece for the next member, filled by a worker, which sets `done` last.
  MemberPiece& add();
  // Takes the finished pieces at the front, in order; emits the parts they fill.
  void take_finished();
  // True once a piece taken failed (its failure or error is the file's).
  bool failed() const { return m_failed; }
  // Parts emitted so far.
  std::size_t emitted() const { return m_emitted; }
  // Pieces added and not taken yet (read or not).
  std::size_t held() const { return m_pieces.size(); }
  // True when take_finished would take a piece (the first one is done and none failed).
  bool ready() const { return !m_failed && !m_pieces.empty() && m_pieces.front()->done.load(); }

  // When every piece is done and taken: the file's failure as the first failing piece in
  // member order gives it (a piece's error is rethrown); false when none failed.
  bool failure(std::string& failure) const;
  // When every piece is done and none failed: into `out` (whose result holds the warnings of
  // loading the file), the articles not emitted and every message in reading order, with
  // what the container said at its end (`container`: skipped members, damage).
  void finish(ReadResult container, FileOutcome& out);

 private:
  void take(MemberPiece& piece);
  void emit_part();

  FileStamp m_stamp;
  PartLimits m_limits;
  Emit m_emit;
  std::deque<std::unique_ptr<MemberPiece>> m_pieces;  // not taken yet, in member order
  FileOutcome m_part;                                 // articles taken and not emitted
  std::size_t m_part_bytes = 0;
  ReadResult m_messages;  // of the pieces taken: warnings, errors, skipped; no articles
  std::vector<std::string> m_cut_warnings;
  bool m_failed = false;
  std::size_t m_emitted = 0;
};

}  // namespace news
