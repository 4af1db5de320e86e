#include "indexer.hpp"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>
#include <string_view>
#include <tuple>

#include "catalogue/catalogue.hpp"
#include "catalogue/entity_listing.hpp"
#include "collections.hpp"
#include "database.hpp"
#include "diagnostics.hpp"
#include "entity_terms.hpp"
#include "error.hpp"
#include "extract_json.hpp"
#include "file_reading.hpp"
#include "file_stream.hpp"
#include "index_store.hpp"
#include "interrupt.hpp"
#include "progress.hpp"
#include "read_ahead.hpp"
#include "scanner.hpp"
#include "shard_share.hpp"

namespace news {
namespace {

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

// True when `file` ("collection/relative") lies under a folder that could not be listed.
bool under_unlisted(const std::string& file, const ScanResult& scan,
                    const std::map<std::string, std::string>& collection_of_root) {
  for (const UnlistedFolder& folder : scan.unlisted) {
    const std::string prefix = collection_of_root.at(folder.root) + "/";
    if (file.starts_with(prefix) && is_under_folder(file.substr(prefix.size()), folder.relative)) {
      return true;
    }
  }
  return false;
}

// Deletes the articles of files gone from the folder inputs, except under folders that
// could not be listed completely (their files may well be there).
void delete_vanished(const ScanResult& scan, IndexStore& store, RunSummary& summary) {
  // The ids scanned, as views sorted for look-ups: a few bytes a file, not a set of copies.
  std::vector<std::string_view> seen;
  seen.reserve(scan.files.size());
  for (const InputFile& f : scan.files) {
    seen.push_back(f.id);
  }
  std::sort(seen.begin(), seen.end());
  const auto is_seen = [&](const std::string& file) {
    return std::binary_search(seen.begin(), seen.end(), std::string_view(file));
  };
  const std::vector<std::string> collections = folder_collections(scan, store);
  std::map<std::string, std::string> collection_of_root;
  for (std::size_t i = 0; i < collections.size(); ++i) {
    collection_of_root[scan.folder_roots[i]] = collections[i];
  }
  for (const std::string& file : store.files_missing_under(collections, is_seen)) {
    if (!under_unlisted(file, scan, collection_of_root)) {
      summary.deleted += store.remove_file(file);
    }
  }
  for (const std::string& file : store.failures_missing_under(collections, is_seen)) {
    if (!under_unlisted(file, scan, collection_of_root)) {
      store.forget_failure(file);
    }
  }
}

// Only problems with inputs: nothing to index, and no index is created for it.
void refuse_no_input(const ScanResult& scan) {
  if (scan.files.empty() && scan.folder_roots.empty() && scan.ignored.empty() &&
      !scan.errors.empty()) {
    const auto& [path, reason] = scan.errors.front();
    throw Error(ExitCode::kUsage, "no input found: " + path + ": " + reason,
                "check the path; no index was created or changed");
  }
}

// Errors other than folders that could not be listed: any of them stops all deletions.
bool scan_failed_elsewhere(const ScanResult& scan) {
  return scan.errors.size() > scan.unlisted.size();
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The files the run reads: the scan itself without --shard (not copied: it holds every
// path of the run), else this share of it, kept in `share`.
const std::vector<InputFile>& files_to_read(const ScanResult& scan, const ShardSpec& shard,
                                            std::vector<InputFile>& share) {
  if (shard.whole()) {
    return scan.files;
  }
  share = shard_share(scan.files, shard);
  return share;
}

// The text of the alias file given with --aliases. Throws Error(kInput).
std::string read_alias_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) {
    throw Error(ExitCode::kInput, "cannot read the alias file " + path);
  }
  return text.str();
}

// The indexing run proper; the store (and its lock) is released when it returns.
RunSummary update_index(const IndexerOptions& o) {
  RunSummary summary;
  install_interrupt_handler();  // first: Ctrl-C while scanning stops the run cleanly too
  ScanResult scan = scan_inputs(o.inputs);
  refuse_no_input(scan);
  IndexStore store(o.db_dir, o.writers);
  settle_shard(store.database(), o.shard, o.db_dir);
  if (!o.move_root.first.empty()) {
    move_root(o.move_root.first, o.move_root.second, store);
  }
  assign_collections(scan, o.collection, store);
  report_scan(scan, &summary);
  // With --shard, only this share is read; deletions still see every file scanned, so
  // they only ever touch the files of this share (the only ones the index holds).
  std::vector<InputFile> share;
  const std::vector<InputFile>& files = files_to_read(scan, o.shard, share);
  Progress progress(files.size(), o.progress);
  catalogue::NameSets linkable;  // names linked as articles were encoded
  FileStream(files, o, store, summary).run(progress, linkable);
  progress.finish();
  summary.interrupted = interrupted();
  // Deleting is only safe under folders that were listed completely.
  if (!o.no_delete && !summary.interrupted && !scan_failed_elsewhere(scan)) {
    delete_vanished(scan, store, summary);
  }
  store.commit_if_due(o.batch_size, /*force=*/true);
  if (!o.aliases_file.empty()) {
    catalogue::store_aliases(store.database(), read_alias_file(o.aliases_file));
  }
  if (!summary.interrupted) {
    summary.relinked =
        catalogue::update_links(store.database(), store.written(), store.entity_names(), linkable)
            .relinked;
    store.commit();
  }
  summary.document_count = store.document_count();
  if (o.compact && !summary.interrupted) {
    std::tie(summary.compacted_from, summary.compacted_to) = store.compact();  // under the lock
  }
  return summary;
}

}  // namespace

RunSummary run_indexing(const IndexerOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  RunSummary summary = update_index(o);
  summary.seconds = seconds_since(start);
  return summary;
}

int run_check(const IndexerOptions& o) {
  std::ostringstream report;
  const bool whole = schema::check_index(o.db_dir, report);
  std::cout << report.str();
  if (whole) {
    std::cout << "newsindex: index at " << o.db_dir << " is whole" << std::endl;
    return int(ExitCode::kOk);
  }
  throw Error(ExitCode::kDatabase, "index at " + o.db_dir + " is damaged",
              "rebuild it: remove " + o.db_dir + " and run newsindex again on the same folders");
}

void run_catalogue(const IndexerOptions& o) {
  if (!o.aliases_file.empty()) {
    const std::string text = read_alias_file(o.aliases_file);
    IndexStore store(o.db_dir);
    catalogue::store_aliases(store.database(), text);
    catalogue::update_links(store.database(), {}, {});
    store.commit();
  }
  if (!o.entities) {
    return;
  }
  const Xapian::Database db = schema::open_for_search(o.db_dir);
  for (std::string_view field : schema::kEntityFields) {
    if (o.entity_type.empty() || o.entity_type == field) {
      catalogue::write_entities(std::cout, catalogue::list_entities(db, field), o.entity_format);
    }
  }
  std::cout.flush();
}

std::size_t run_extraction(const IndexerOptions& o) {
  ScanResult scan = scan_inputs(o.inputs);
  for (InputFile& file : scan.files) {
    file.id = file.relative;  // no index, no collections: ids relative to each input
  }
  report_scan(scan, nullptr);
  std::size_t failed = scan.errors.size();
  ReadAhead reading(o.jobs, read_settings(o), /*encode=*/false);
  for (std::size_t next = 0; next < scan.files.size() || !reading.empty();) {
    for (; next < scan.files.size() && reading.can_send(scan.files[next]); ++next) {
      reading.send({&scan.files[next], std::nullopt, nullptr});
    }
    const auto [file, outcome, last] = reading.take();
    if (last) {  // a part of an archive is printed as it comes, its messages at its end
      report_read(*file, outcome);
      failed += (outcome.failure.empty() && outcome.result.errors.empty()) ? 0 : 1;
    }
    for (const Article& article : outcome.result.articles) {
      std::cout << extract_json_line(article) << '\n';
    }
  }
  std::cout.flush();
  return failed;
}

}  // namespace news
