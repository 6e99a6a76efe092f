// Pictures for the phones of a live game. A phone may fetch exactly the files the game's questions name
// (each question's own picture and its options'), under "/picture/<question>/<k>.<ext>": the question's
// position in the game, the picture's position in questionImages(question), and the file's own
// extension. Nothing else is a picture URL: there is no path in it to play tricks with, and a URL
// that names no picture of this game is not found.
#pragma once

#include <string>
#include <vector>

#include "core/classroom/classroom_question.hpp"

namespace retain::net {

// Per game question (game order), the resolved files of questionImages(question), in that order.
using LivePictureFiles = std::vector<std::vector<std::string>>;

// Returns the picture files of questions.
LivePictureFiles livePictureFiles(const std::vector<ClassroomQuestion>& questions);

// Returns the URL of picture k (its position in questionImages) of the game's question at questionIndex.
std::string livePictureUrl(int questionIndex, std::size_t k, const QuestionImage& image);

// Returns the file uri (decoded, as civetweb gives it) names among files, or "" when it names none.
std::string livePictureFile(const LivePictureFiles& files, const std::string& uri);

// Returns the MIME type of a picture file from its extension: image/png or image/jpeg.
const char* livePictureType(const std::string& file);

}  // namespace retain::net
