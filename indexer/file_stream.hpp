// The writer's side of an indexing run: which files need reading, in what order they are
// sent to the workers, and writing their outcomes to the index.
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "catalogue/link_snapshot.hpp"
#include "index_store.hpp"
#include "options.hpp"
#include "progress.hpp"
#include "read_ahead.hpp"
#include "run_summary.hpp"
#include "scanner.hpp"

namespace news {

// How files are read, from the command line.
ReadSettings read_settings(const IndexerOptions& o);

// Prints the warnings and failures of one file's reading.
void report_read(const InputFile& file, const FileOutcome& outcome);

// The files of a run, given one at a time in input order; nullopt at the end.
using FileSource = std::function<std::optional<InputFile>()>;

// Streams the files of a source through the read-ahead and writes each outcome as it comes
// back, in input order. It takes files from the source only as it plans them and keeps
// only those planned and not yet written (two epochs at most), never the run's list. Files
// whose size and mtime match the index, and files that failed before and did not change,
// are counted without reading. Runs on the writer's thread: the
// state of a file is only read there, before the file is written.
//
// The catalogue snapshot the workers link with is taken per epoch of 64 files (fewer when
// 4 heavy files end it) once the epoch two before is written, and again only when the
// run's written articles have doubled: which articles are linked at encode time, and so
// the index, depends on the input alone, not on how fast the workers go.
class FileStream {
 public:
  FileStream(FileSource source, const IndexerOptions& o, IndexStore& store, RunSummary& summary);

  // Until all files are written, or, once interrupted, those already sent. Adds the names
  // the snapshots could link to `linkable` (for the catalogue's end-of-run pass).
  void run(Progress& progress, catalogue::NameSets& linkable);

 private:
  using Links = std::shared_ptr<const catalogue::LinkSnapshot>;
  struct Epoch {
    std::size_t end = 0;  // index after its last file
    Links links;
  };

  bool has_file(std::size_t index);
  const InputFile& file_at(std::size_t index) const { return m_files[index - m_first]; }
  void drop_written();
  bool needs_reading(const InputFile& file) const;
  void plan_epochs(catalogue::NameSets& linkable);
  void plan_epoch(catalogue::NameSets& linkable);
  bool epoch_written(const Epoch& epoch) const;
  void refresh_links(catalogue::NameSets& linkable);
  void send_more();
  void store_outcome(const InputFile& file, FileOutcome& outcome, bool last);
  void store_part(const InputFile& file, FileOutcome& part);
  void store_articles(const InputFile& file, FileOutcome& outcome);

  FileSource m_source;
  std::deque<InputFile> m_files;  // the files from m_first on, taken from the source
  std::size_t m_first = 0;        // the index of m_files.front() in the run
  bool m_source_done = false;
  std::deque<std::size_t> m_sent;  // the index of each file in the read-ahead, oldest first
  const IndexerOptions& m_o;
  IndexStore& m_store;
  RunSummary& m_summary;
  std::size_t m_next = 0;         // the next file to send or count
  std::size_t m_planned_end = 0;  // the end of the last epoch planned
  std::deque<Epoch> m_epochs;     // planned and not yet written
  Links m_links;
  std::size_t m_refresh_at;
  std::size_t m_parts = 0;  // parts of the file being taken already written
  ReadAhead m_reading;      // last: its workers stop before the rest goes
};

}  // namespace news
