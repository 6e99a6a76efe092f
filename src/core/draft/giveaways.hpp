// Drafts that give each other away: one question's text stating another's answer ("When did Nikolai
// Patrushev, Secretary of ..., sign ...?" beside "Who was Secretary of ...?"). Posts beside people's names
// are taken out of the other prompts; what still gives an answer away loses its lower-ranked question.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/bank/question.hpp"
#include "core/draft/fact.hpp"
#include "core/draft/writers.hpp"

namespace retain::draft {

// The text a learner reads before answering: the prompt, a choice's options, an ordering's items, a
// cloze's text (its gaps left out).
std::string shownText(const Question& question);

// Takes the posts of the article's people out of the prompts of every question not asking for that
// person: "Prime Minister of Japan Shinzo Abe" -> "Shinzo Abe", "Nikolai Patrushev, Secretary of the ...
// Council, and" -> "Nikolai Patrushev and", "Ministers of Foreign Affairs Sergey Lavrov" -> "Sergey Lavrov";
// and an honorific's "Mr. Abe" -> "Shinzo Abe".
void stripPosts(std::vector<DraftedQuestion>& drafted, const std::vector<Fact>& people);

// Removes, pair by pair, the lower-scored of two questions where one's shown text holds every word of an
// entry of the other's `gives` (a tie drops the later one). Returns how many were removed.
std::size_t dropGiveaways(std::vector<DraftedQuestion>& drafted);

}  // namespace retain::draft
