// Files read ahead of the writer: sent to persistent worker threads one at a time, taken
// back in input order.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "file_reading.hpp"
#include "part_assembly.hpp"
#include "pipeline.hpp"
#include "scanner.hpp"
#include "sources/item_stream.hpp"

namespace news {

// The parts of one file on their way from the worker reading it to the writer, in order
// (PartAssembly's emitted parts). The worker waits while kWaiting parts wait to be taken.
class PartChannel {
 public:
  static constexpr std::size_t kWaiting = 1;
  void push(FileOutcome part);
  // The next part, waiting for it; none once the reading ended and every part was taken.
  std::optional<FileOutcome> pop();
  // The reading of the file ended: its outcome comes from the pipeline.
  void close();
  // Nobody will take the parts (the read-ahead goes): push() drops them from now on, and
  // the worker stops taking members out.
  void abandon();
  bool abandoned() const { return m_abandoned; }

 private:
  std::mutex m_mutex;
  std::condition_variable m_changed;
  std::deque<FileOutcome> m_parts;
  bool m_closed = false;
  std::atomic<bool> m_abandoned{false};
};

// A file for a worker, with what the writer knew of it when it was sent.
struct ReadTask {
  const InputFile* file = nullptr;
  std::optional<std::string> known_hash;                 // the content hash the index holds for it
  std::shared_ptr<const catalogue::LinkSnapshot> links;  // null: articles are not encoded
};

// What the writer takes: a part of a file read in parts (`last` false: articles, documents,
// spelling words and stamp only), or a file's outcome (`last`: the whole file, or its
// articles after its last part with every message of the file).
struct FilePart {
  const InputFile* file = nullptr;
  FileOutcome outcome;
  bool last = true;
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
// to be read; the streaming worker reads members itself while it waits. Its articles come
// back in parts (PartAssembly, within `limits`) while the workers read on: take() hands
// them over one at a time, then the file's outcome (its last articles, its messages, its
// failure), so that an archive of any size is held a part or two at a time. A file that
// fits in one part comes back as one outcome. Once interrupted(), the streaming worker
// stops taking members out: the outcome is then `cut_short`.
class ReadAhead {
 public:
  static constexpr std::size_t kPerJob = 8;
  static constexpr std::size_t kHeavy = 4;
  static constexpr std::size_t kMemberBytes = std::size_t{64} << 20;
  // Pieces held per member in flight, read or not (those after a slow one wait for it).
  static constexpr std::size_t kHeldPerJob = 4;

  ReadAhead(unsigned jobs, const ReadSettings& settings, bool encode, PartLimits limits = {});
  // Abandons the parts not taken, so that no worker waits for the writer while stopping.
  ~ReadAhead();
  ReadAhead(const ReadAhead&) = delete;
  ReadAhead& operator=(const ReadAhead&) = delete;

  // True when `file` may be sent now; false when the writer must take outcomes first.
  bool can_send(const InputFile& file) const;
  void send(ReadTask task);
  bool empty() const { return m_sent.empty(); }
  // The oldest file sent and not yet taken whole. Only when !empty().
  const InputFile* oldest() const { return m_sent.front().file; }
  // The next part of the oldest file sent, or its outcome (`last`), waiting for it. Only
  // when !empty().
  FilePart take();

 private:
  // A task with the channel of its parts.
  struct Job {
    ReadTask task;
    std::shared_ptr<PartChannel> parts;
  };

  FileOutcome read(Job& job);
  FileOutcome read_members(LoadedFile& loaded, const Job& job);
  void send_members(ItemStream& stream, const Job& job, PartAssembly& parts, InFlight& in_flight,
                    bool& cut_short);
  void send_member(TakenItem member, const ReadTask& task, PartAssembly& parts,
                   InFlight& in_flight);

  struct Sent {
    const InputFile* file;
    bool heavy;
    std::shared_ptr<PartChannel> parts;
  };

  ReadSettings m_settings;
  bool m_encode;
  PartLimits m_limits;
  std::size_t m_window;
  std::size_t m_heavy = 0;
  std::deque<Sent> m_sent;
  OrderedPipeline<Job, FileOutcome> m_pipeline;  // last: its threads use the above
};

}  // namespace news
