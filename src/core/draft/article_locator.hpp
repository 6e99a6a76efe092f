// Finding the article a bank cites, so opening a drafted bank needs no path typed. The bank's source.doc
// names the article (`retain draft` writes the slug of its file name) and source.title is its first line;
// the article stands beside the bank or in a source folder above it (the repository's ../shared/source,
// as shared/source/README.md's citation rule has it).
#pragma once

#include <string>
#include <vector>

namespace retain::draft {

// The folders searched, in order, for a bank at bankPath: its own folder and up to three folders above
// it, and the same for each of extraStarts (the app's banks folder); at each, the folder itself, its
// source/ and its shared/source/. Folders that do not exist are left out; none is listed twice.
std::vector<std::string> articleFolders(const std::string& bankPath, const std::vector<std::string>& extraStarts);

// The first .txt file of articleFolders() whose name's slug is sourceDoc ("asymmetry-of-russia-japan-relations")
// or, failing that, whose first non-blank line is sourceTitle; empty when none is found (or both are empty).
std::string locateArticle(const std::string& bankPath, const std::string& sourceDoc, const std::string& sourceTitle,
                          const std::vector<std::string>& extraStarts);

}  // namespace retain::draft
