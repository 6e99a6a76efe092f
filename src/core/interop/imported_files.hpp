// Writing the files an import brings along (an Anki package's pictures) beside the new bank.
#pragma once

#include <string>
#include <vector>

#include "core/interop/import_result.hpp"

namespace retain {

// Writes result.files relative to the folder of bankPath (creating their folder), then checks each
// question's picture as the loader will (exists, PNG/JPEG that decodes, under the size limits): a picture
// that fails is dropped from its question (and its file removed) with a warning naming it, so the bank
// still loads. Existing files of the same name are replaced. written gets the paths written. Returns false
// with a message when a file cannot be written (the files written so far are removed again).
bool writeImportedFiles(ImportResult& result, const std::string& bankPath, std::vector<std::string>& written, std::string& error);

// Removes these files (when the bank itself is then not written), and each one's folder when left empty.
void removeImportedFiles(const std::vector<std::string>& written);

}  // namespace retain
