// How far a learner has come with one bank, for the home screen: questions due today, new ones not yet
// studied, and learned ones. "Due" uses the study queue's own rules (StudyQueue), so the number on the
// home screen is the number a session over that bank starts with before the daily limits (new questions
// and reviews per day) cut it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/bank/question.hpp"
#include "core/storage/records.hpp"

namespace retain {

struct BankProgress {
    int total = 0;     // questions counted (those carrying the tag, when one is given)
    int due = 0;       // learning, relearning and review cards due on the day holding now
    int newCount = 0;  // questions never studied (no stored state, or still new), neither suspended, buried nor draft
    int learned = 0;   // questions in the review phase (graduated from learning), whether due or not
    int hidden = 0;    // suspended, or buried until later than now
};

// Returns the progress over bank's questions (only those carrying tag when tag is not empty) from a
// profile's stored cards at nowMs (Unix ms); rolloverHour as in dayNumber().
BankProgress bankProgress(const Bank& bank, const std::map<CardKey, StoredCard>& cards, UnixMs nowMs,
                          int rolloverHour, const std::string& tag = {});

// Returns the new questions of banks at nowMs: the sum of bankProgress(...).newCount. Home's "New" column
// and Stats' "N new" both come from here, so the two screens count the same questions (drafts, suspended
// and buried ones left out).
int countNewQuestions(const std::vector<const Bank*>& banks, const std::map<CardKey, StoredCard>& cards, UnixMs nowMs,
                      int rolloverHour);

// Returns true when question carries tag (an empty tag matches every question).
bool questionHasTag(const Question& question, const std::string& tag);

}  // namespace retain
