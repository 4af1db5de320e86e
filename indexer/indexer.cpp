#include "indexer.hpp"

#include <chrono>
#include <future>
#include <iostream>
#include <memory>
#include <set>
#include <tuple>

#include "database.hpp"
#include "diagnostics.hpp"
#include "extract_json.hpp"
#include "file_reading.hpp"
#include "index_store.hpp"
#include "interrupt.hpp"
#include "parallel.hpp"
#include "progress.hpp"
#include "scanner.hpp"

namespace news {
namespace {

// Files read in parallel before their articles are written in order; bounds memory.
constexpr std::size_t kFilesPerChunk = 64;
// Heavy files (is_heavy) per chunk: their articles are held until the chunk is written.
constexpr std::size_t kHeavyFilesPerChunk = 4;

void report_scan(const ScanResult& scan, RunSummary* summary) {
  for (const auto& [path, reason] : scan.errors) {
    report_failure(path, reason);
    if (summary != nullptr) {
      ++summary->failed_files;
      summary->skip(reason_kind(reason));
    }
  }
  if (summary != nullptr) {
    for (const auto& [reason, count] : scan.ignored) {
      summary->skipped[reason] += count;
    }
  }
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

// Writes one file's outcome to the store and counts it.
void store_outcome(const InputFile& file, FileOutcome& outcome, IndexStore& store,
                   RunSummary& summary) {
  report_read(file, outcome);
  summary.failed_files += outcome.result.errors.empty() ? 0 : 1;
  if (!outcome.failure.empty()) {
    ++summary.failed_files;
    summary.skip(reason_kind(outcome.failure));
    return;  // what the index holds for this file stays as it was
  }
  if (outcome.unchanged) {
    store.restamp_file(file.id, outcome.stamp);
    summary.unchanged += store.file_state(file.id)->article_ids.size();
    return;
  }
  for (const auto& [reason, count] : outcome.result.skipped) {
    summary.skipped[reason] += count;
  }
  const std::size_t added =
      store.put_file(file.id, file.root, outcome.stamp, outcome.result.articles, outcome.documents);
  summary.added += added;
  summary.updated += outcome.result.articles.size() - added;
}

// Reads the files of one chunk that may have changed, in parallel; when indexing, the
// workers also encode the articles into documents.
std::vector<FileOutcome> read_chunk(const std::vector<const InputFile*>& files,
                                    const std::vector<std::optional<std::string>>& known_hashes,
                                    const IndexerOptions& o) {
  ReadSettings settings;
  settings.field_map = std::make_shared<const FieldMap>(o.field_map);
  settings.max_article_bytes = o.max_article_bytes;
  std::vector<FileOutcome> outcomes(files.size());
  parallel_for(files.size(), o.jobs, [&](std::size_t i) {
    const HeavyFileSlot slot(is_heavy(*files[i], o.max_article_bytes));
    outcomes[i] = read_input_file(*files[i], known_hashes[i], settings);
    if (!o.extract && outcomes[i].failure.empty() && !outcomes[i].unchanged) {
      encode_articles(outcomes[i]);
    }
  });
  return outcomes;
}

// The files of one chunk that need reading, decided before the chunk is read so that
// reading can overlap with writing the previous chunk.
struct ChunkPlan {
  std::vector<const InputFile*> to_read;
  std::vector<std::optional<std::string>> known_hashes;
  std::size_t unchanged_articles = 0;
  std::size_t end = 0;  // index after the chunk's last file
};

ChunkPlan plan_chunk(const std::vector<InputFile>& files, std::size_t begin,
                     const IndexStore& store, std::size_t max_article_bytes) {
  ChunkPlan plan;
  plan.end = std::min(begin + kFilesPerChunk, files.size());
  std::size_t heavy = 0;
  for (std::size_t i = begin; i < plan.end; ++i) {
    const InputFile& f = files[i];
    const IndexStore::FileState* state = store.file_state(f.id);
    if (state && state->stamp.size == f.size && state->stamp.mtime_ns == f.mtime_ns) {
      plan.unchanged_articles += state->article_ids.size();
      continue;
    }
    if (is_heavy(f, max_article_bytes) && ++heavy > kHeavyFilesPerChunk) {
      plan.end = i;  // the next chunk starts with this file
      break;
    }
    plan.to_read.push_back(&f);
    plan.known_hashes.push_back(state ? std::optional(state->stamp.content_hash) : std::nullopt);
  }
  return plan;
}

// Reads chunk after chunk on worker threads while this thread writes the previous one:
// parsing and Xapian's indexing then run at the same time.
void index_files(const std::vector<InputFile>& files, const IndexerOptions& o, IndexStore& store,
                 RunSummary& summary, Progress& progress) {
  if (files.empty()) {
    return;
  }
  ChunkPlan plan = plan_chunk(files, 0, store, o.max_article_bytes);
  auto reading =
      std::async(std::launch::async, read_chunk, plan.to_read, plan.known_hashes, std::cref(o));
  while (true) {
    std::vector<FileOutcome> outcomes = reading.get();
    const ChunkPlan current = std::move(plan);
    const bool more = current.end < files.size() && !interrupted();
    if (more) {
      // files not yet written: their state is final
      plan = plan_chunk(files, current.end, store, o.max_article_bytes);
      reading =
          std::async(std::launch::async, read_chunk, plan.to_read, plan.known_hashes, std::cref(o));
    }
    summary.unchanged += current.unchanged_articles;
    for (std::size_t i = 0; i < current.to_read.size(); ++i) {
      store_outcome(*current.to_read[i], outcomes[i], store, summary);
    }
    store.commit_if_due(o.batch_size);
    progress.update(current.end);
    if (!more) {
      return;
    }
  }
}

void delete_vanished(const ScanResult& scan, IndexStore& store, RunSummary& summary) {
  std::set<std::string> seen;
  for (const InputFile& f : scan.files) {
    seen.insert(f.id);
  }
  for (const std::string& file : store.files_missing_under(scan.folder_roots, seen)) {
    summary.deleted += store.remove_file(file);
  }
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The indexing run proper; the store (and its lock) is released when it returns.
RunSummary update_index(const IndexerOptions& o) {
  RunSummary summary;
  IndexStore store(o.db_dir);
  install_interrupt_handler();
  const ScanResult scan = scan_inputs(o.inputs);
  report_scan(scan, &summary);
  Progress progress(scan.files.size(), o.progress);
  index_files(scan.files, o, store, summary, progress);
  progress.finish();
  summary.interrupted = interrupted();
  // Deleting is only safe when every folder was listed completely.
  if (!o.no_delete && !summary.interrupted && scan.errors.empty()) {
    delete_vanished(scan, store, summary);
  }
  store.commit_if_due(o.batch_size, /*force=*/true);
  summary.document_count = store.document_count();
  return summary;
}

}  // namespace

RunSummary run_indexing(const IndexerOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  RunSummary summary = update_index(o);
  if (o.compact && !summary.interrupted) {
    std::tie(summary.compacted_from, summary.compacted_to) = schema::compact_index(o.db_dir);
  }
  summary.seconds = seconds_since(start);
  return summary;
}

std::size_t run_extraction(const IndexerOptions& o) {
  const ScanResult scan = scan_inputs(o.inputs);
  report_scan(scan, nullptr);
  std::size_t failed = scan.errors.size();
  for (std::size_t begin = 0; begin < scan.files.size();) {
    std::vector<const InputFile*> files;
    std::size_t heavy = 0;
    for (; begin < scan.files.size() && files.size() < kFilesPerChunk; ++begin) {
      if (is_heavy(scan.files[begin], o.max_article_bytes) && ++heavy > kHeavyFilesPerChunk) {
        break;
      }
      files.push_back(&scan.files[begin]);
    }
    const auto outcomes =
        read_chunk(files, std::vector<std::optional<std::string>>(files.size()), o);
    for (std::size_t i = 0; i < files.size(); ++i) {
      report_read(*files[i], outcomes[i]);
      failed += (outcomes[i].failure.empty() && outcomes[i].result.errors.empty()) ? 0 : 1;
      for (const Article& article : outcomes[i].result.articles) {
        std::cout << extract_json_line(article) << '\n';
      }
    }
  }
  std::cout.flush();
  return failed;
}

}  // namespace news
