#include "file_stream.hpp"

#include <algorithm>
#include <utility>

#include "diagnostics.hpp"
#include "index_layout.hpp"
#include "interrupt.hpp"

namespace news {
namespace {

constexpr std::size_t kFilesPerEpoch = 64;
// Heavy files (is_heavy) per epoch: the next epoch starts with the one after these.
constexpr std::size_t kHeavyFilesPerEpoch = 4;
// The catalogue the workers link with is taken again from the index each time the
// number of articles written in the run has doubled (from this many on), so that
// articles are mostly linked as they are encoded rather than rewritten at the end.
constexpr std::size_t kFirstLinkRefresh = 64;

}  // namespace

ReadSettings read_settings(const IndexerOptions& o) {
  ReadSettings settings;
  settings.field_map = std::make_shared<const FieldMap>(o.field_map);
  settings.max_article_bytes = o.max_article_bytes;
  return settings;
}

void report_read(const InputFile& file, const FileOutcome& outcome) {
  for (const std::string& warning : outcome.result.warnings) {
    report_warning(file.path, warning);
  }
  for (const std::string& error : outcome.result.errors) {
    report_failure(file.path, error);
  }
  if (!outcome.failure.empty()) {
    report_failure(file.path, outcome.failure);
  }
}

FileStream::FileStream(FileSource source, const IndexerOptions& o, IndexStore& store,
                       RunSummary& summary)
    : m_source(std::move(source)),
      m_o(o),
      m_store(store),
      m_summary(summary),
      m_refresh_at(kFirstLinkRefresh),
      m_reading(o.jobs, read_settings(o), /*encode=*/true) {}

void FileStream::run(Progress& progress, catalogue::NameSets& linkable) {
  m_store.start_writers();
  while (true) {
    plan_epochs(linkable);
    send_more();
    if (m_reading.empty()) {
      const bool end = interrupted() || !has_file(m_next);
      progress.update(m_next == 0 ? 0 : file_at(m_next - 1).walked);
      if (end) {
        return;
      }
      drop_written();
      continue;  // epochs of files that need no reading went by: plan the next ones
    }
    auto [file, outcome, last] = m_reading.take();
    if (last) {
      m_sent.pop_front();
    }
    store_outcome(*file, outcome, last);
    m_store.commit_if_due(m_o.batch_size);
    progress.update(file->walked);
    drop_written();
  }
}

// True when the run has a file at `index`, taken from the source if need be.
bool FileStream::has_file(std::size_t index) {
  while (m_first + m_files.size() <= index && !m_source_done) {
    if (std::optional<InputFile> file = m_source()) {
      m_files.push_back(std::move(*file));
    } else {
      m_source_done = true;
    }
  }
  return index < m_first + m_files.size();
}

// Forgets the files sent or counted and no longer in the read-ahead; the last one is kept
// for the progress line.
void FileStream::drop_written() {
  const std::size_t keep = m_sent.empty() ? m_next : std::min(m_next, m_sent.front());
  while (m_first + 1 < keep) {
    m_files.pop_front();
    ++m_first;
  }
}

bool FileStream::needs_reading(const InputFile& f) const {
  const std::optional<IndexStore::FileState> state = m_store.file_state(f.id);
  if (state && state->stamp.size == f.size && state->stamp.mtime_ns == f.mtime_ns) {
    return false;
  }
  return !m_store.is_known_failure(f.id, f.size, f.mtime_ns);
}

// Two epochs are planned at the start (the second while nothing is written yet), then
// one more each time the oldest has been written.
void FileStream::plan_epochs(catalogue::NameSets& linkable) {
  while (!m_epochs.empty() && epoch_written(m_epochs.front())) {
    m_epochs.pop_front();
  }
  while (m_epochs.size() < 2 && has_file(m_planned_end) && !interrupted()) {
    plan_epoch(linkable);
  }
}

void FileStream::plan_epoch(catalogue::NameSets& linkable) {
  Epoch epoch{m_planned_end, nullptr};
  while (epoch.end < m_planned_end + kFilesPerEpoch && has_file(epoch.end)) {
    ++epoch.end;
  }
  std::size_t heavy = 0;
  bool reads = false;
  for (std::size_t i = m_planned_end; i < epoch.end; ++i) {
    if (!needs_reading(file_at(i))) {
      continue;
    }
    if (is_heavy(file_at(i), m_o.max_article_bytes) && ++heavy > kHeavyFilesPerEpoch) {
      epoch.end = i;
      break;
    }
    reads = true;
  }
  if (reads) {
    refresh_links(linkable);
  }
  epoch.links = m_links;
  m_planned_end = epoch.end;
  m_epochs.push_back(std::move(epoch));
}

bool FileStream::epoch_written(const Epoch& epoch) const {
  return m_next >= epoch.end && (m_sent.empty() || m_sent.front() >= epoch.end);
}

// The catalogue snapshot for an epoch with files to read: taken for the first, then again
// each time the run's written articles have doubled.
void FileStream::refresh_links(catalogue::NameSets& linkable) {
  if (m_links != nullptr && m_store.written().size() < m_refresh_at) {
    return;
  }
  m_links = std::make_shared<const catalogue::LinkSnapshot>(m_store.committed_database(),
                                                            m_store.entity_names());
  for (std::size_t f = 0; f < linkable.size(); ++f) {
    linkable[f].insert(m_links->linkable()[f].begin(), m_links->linkable()[f].end());
  }
  m_refresh_at = std::max(kFirstLinkRefresh, 2 * m_store.written().size());
}

// Sends files of the planned epochs until the read-ahead is full; files that need no
// reading are counted. Stops sending once interrupted.
void FileStream::send_more() {
  for (; m_next < m_planned_end && !interrupted(); ++m_next) {
    const InputFile& f = file_at(m_next);
    const std::optional<IndexStore::FileState> state = m_store.file_state(f.id);
    if (state && state->stamp.size == f.size && state->stamp.mtime_ns == f.mtime_ns) {
      m_summary.unchanged += state->article_count;
      continue;
    }
    if (m_store.is_known_failure(f.id, f.size, f.mtime_ns)) {
      ++m_summary.known_failures;
      continue;
    }
    if (!m_reading.can_send(f)) {
      return;
    }
    const Epoch& epoch = m_next < m_epochs.front().end ? m_epochs.front() : m_epochs.back();
    m_reading.send(
        {&f, state ? std::optional(state->stamp.content_hash) : std::nullopt, epoch.links});
    m_sent.push_back(m_next);
  }
}

// Writes what the read-ahead handed back: a part of a file (written at once), or a file's
// outcome, reported and counted; after parts, the rest of the file and its end.
void FileStream::store_outcome(const InputFile& file, FileOutcome& outcome, bool last) {
  if (!last || outcome.cut_short) {
    if (!last || m_parts > 0) {
      store_part(file, outcome);  // cut short: kept, but the file stays marked unfinished
    }
    m_parts = last ? 0 : m_parts;
    return;
  }
  report_read(file, outcome);
  m_summary.failed_files += outcome.result.errors.empty() ? 0 : 1;
  if (!outcome.failure.empty()) {
    m_parts = 0;  // parts written stay; the file stays marked unfinished
    ++m_summary.failed_files;
    m_summary.skip(reason_kind(outcome.failure));
    if (!outcome.stamp.content_hash.empty()) {
      // The content was read and is what fails: not reported again while it stays the
      // same. A file that could not even be opened (permissions, I/O) is tried again.
      m_store.remember_failure(file.id, file.size, file.mtime_ns);
    }
    return;  // what the index holds for this file stays as it was
  }
  m_store.forget_failure(file.id);
  if (outcome.unchanged) {
    m_store.restamp_file(file.id, outcome.stamp);
    m_summary.unchanged += m_store.file_state(file.id)->article_count;
    return;
  }
  for (const auto& [reason, count] : outcome.result.skipped) {
    m_summary.skipped[reason] += count;
  }
  store_articles(file, outcome);
}

// A file's articles: all of them, or the last ones after its parts (then the file ends).
void FileStream::store_articles(const InputFile& file, FileOutcome& outcome) {
  if (std::exchange(m_parts, 0) > 0) {
    store_part(file, outcome);
    m_store.finish_parts(file.id, outcome.stamp);
    return;
  }
  const std::size_t added =
      m_store.put_file(file.id, file.collection, outcome.stamp, outcome.result.articles,
                       outcome.documents, outcome.spelling_words);
  m_summary.added += added;
  m_summary.updated += outcome.result.articles.size() - added;
}

void FileStream::store_part(const InputFile& file, FileOutcome& part) {
  if (m_parts == 1) {
    schema::layout::test_stop_point("second-part");  // crash tests: the first one written
  }
  const std::size_t added =
      m_store.put_part(file.id, file.collection, part.stamp, part.result.articles, part.documents,
                       part.spelling_words);
  m_summary.added += added;
  m_summary.updated += part.result.articles.size() - added;
  ++m_parts;
}

}  // namespace news
