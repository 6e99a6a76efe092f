// Questions about the article itself, from its head: who wrote it and when it is dated. Tagged `source`,
// cited to the head paragraph that states them.
#pragma once

#include <vector>

#include "core/draft/article.hpp"
#include "core/draft/writers.hpp"

namespace retain::draft {

// "Who wrote the article “T”?" when the head names an author (in at most 4 words, so a by-line that is
// no name is left alone), and "When was the article “T” published?" when its head has a whole-day date (its date line).
std::vector<DraftedQuestion> writeHeadQuestions(const Article& article);

}  // namespace retain::draft
