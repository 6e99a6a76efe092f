// Export of a bank as an Anki package (.apkg) that Anki imports: a schema-11 collection.anki2 with one
// Basic-style note type (Front/Back) and one deck named after the bank, plus the questions' pictures as
// media (numbered entries and the JSON media map {"0": "flag.png"}), shown on the front with <img>.
#pragma once

#include <cstdint>
#include <string>
#include <vector>
#include <string_view>

#include "core/bank/question.hpp"
#include "core/types.hpp"

namespace retain {

// Writes bank to path as an .apkg: one note (and one new card) per question, in bank order. nowMs (Unix
// ms) stamps the collection and numbers the note and card ids; note guids, the note type id and the deck
// id are derived from the bank and question ids, so exporting again updates the same notes in Anki.
// Pictures are read from each image's resolved path; two different files with one name get "2-name".
// Returns false with a message when a picture cannot be read or the file cannot be written.
bool exportApkg(const Bank& bank, const std::string& path, UnixMs nowMs, std::string& error);

// Returns the HTML of a note's front: the prompt, the picture (<img src alt>), then what the learner
// chooses from (choices, items in alphabetical order, the two sides of a matching, the cloze text with
// gaps shown as [...]), then each option picture under its option's text. imageNames are the pictures'
// names in the package's media, one per questionImages(question); pictures without a name are left out.
std::string ankiFrontHtml(const Question& question, const std::vector<std::string>& imageNames = {});

// Returns the HTML of a note's back: the expected answer, then after a rule (<hr>) the explanation and the
// citation "Paragraph N: “evidence” — source title, author", the explanation's picture after the
// explanation when imageNames (as for ankiFrontHtml) names it.
std::string ankiBackHtml(const Question& question, const Bank& bank, const std::vector<std::string>& imageNames = {});

// Returns Anki's note checksum of a first field: the first 8 hex digits of the SHA-1 of its text with
// HTML removed, read as a number.
std::int64_t ankiChecksum(std::string_view firstFieldHtml);

}  // namespace retain
