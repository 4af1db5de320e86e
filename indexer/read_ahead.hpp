// Files read ahead of the writer: sent to persistent worker threads one at a time, taken
// back in input order.
#pragma once

#include <atomic>
#include <cstddef>
#include <deque>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "file_reading.hpp"
#include "pipeline.hpp"
#include "scanner.hpp"
#include "sources/item_stream.hpp"

namespace news {

// A file for a worker, with what the writer knew of it when it was sent.
struct ReadTask {
  const InputFile* file = nullptr;
  std::optional<std::string> known_hash;                 // the content hash the index holds for it
  std::shared_ptr<const catalogue::LinkSnapshot> links;  // null: articles are not encoded
};

// One archive member or web archive page read by a worker: its result with the file's stamp, the
// warnings of bodies cut, its documents; what went wrong.
struct MemberPiece {
  FileOutcome outcome;
  std::vector<std::string> cut_warnings;
  std::string failure;       // read_failure of an exception while reading
  std::exception_ptr error;  // anything else thrown, rethrown for the file
};

// An archive's members handed to the workers and not yet read, and their bytes.
struct InFlight {
  std::atomic<std::size_t> members{0};
  std::atomic<std::size_t> bytes{0};
};

// `jobs` workers read, parse, recognise and (when indexing) encode; the caller, the one
// writer, takes outcomes in the order the files were sent while the workers go on. At
// most kPerJob files per worker are in flight, and at most kHeavy heavy ones (is_heavy),
// so memory stays bounded whatever the number of inputs; a heavy file is also read by at
// most two workers at once (HeavyFileSlot).
//
// An archive (tar, zip, 7z, compressed tar) or a web archive is not read by one worker
// alone: the worker that takes it streams its members (or pages), one at a time, to all the
// workers as side jobs (OrderedPipeline::submit_side), and its outcome is put together in
// member order, exactly as if one worker had read it (articles, warnings, errors, failures,
// the bomb guard). At most kPerJob members per worker and kMemberBytes of their data wait
// to be read; the streaming worker reads members itself while it waits.
class ReadAhead {
 public:
  static constexpr std::size_t kPerJob = 8;
  static constexpr std::size_t kHeavy = 4;
  static constexpr std::size_t kMemberBytes = std::size_t{64} << 20;

  ReadAhead(unsigned jobs, const ReadSettings& settings, bool encode);

  // True when `file` may be sent now; false when the writer must take outcomes first.
  bool can_send(const InputFile& file) const;
  void send(ReadTask task);
  bool empty() const { return m_sent.empty(); }
  // The oldest file sent and not yet taken. Only when !empty().
  const InputFile* oldest() const { return m_sent.front().first; }
  // The oldest file sent and its outcome, waiting for it. Only when !empty().
  std::pair<const InputFile*, FileOutcome> take();

 private:
  FileOutcome read(ReadTask& task);
  FileOutcome read_members(LoadedFile& loaded, const ReadTask& task);
  void send_member(TakenItem member, const ReadTask& task, const FileStamp& stamp,
                   std::vector<std::unique_ptr<MemberPiece>>& pieces, InFlight& in_flight);

  ReadSettings m_settings;
  bool m_encode;
  std::size_t m_window;
  std::size_t m_heavy = 0;
  std::deque<std::pair<const InputFile*, bool>> m_sent;  // file, heavy
  OrderedPipeline<ReadTask, FileOutcome> m_pipeline;     // last: its threads use the above
};

}  // namespace news
