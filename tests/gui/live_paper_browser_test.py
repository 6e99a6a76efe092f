#!/usr/bin/python3
"""The self-paced paper in a real browser: `retain live --self-paced --time-limit 300 --auto --json-events`
hosts the two-question fixture (tests/data/banks/live) on 127.0.0.1, headless Chromium at a 390x844 phone
viewport opens the student page, joins, gets its paper, taps a wrong choice and changes it to the right one,
reloads (the paper and its saved answer come back), is asked again when handing in with a blank, types the
text answer without saving it (a pause saves it; so does moving to another question or to the review
page), saves typed text while its WebSocket is closed (the save is sent again after the rejoin and the text
stays shown), opens the review page, hands in, and sees its result with every question marked
data-result="correct". The host's JSON lines must record both answers, the hand-in and the final score,
and `retain report` must list the stored results.

Usage: live_paper_browser_test.py RETAIN BANKS_DIR WORK_DIR [SCREENSHOT_DIR]
Screenshots of a question, the review page and the result go to SCREENSHOT_DIR when given.
Every wait is bounded; the host is killed at the end whatever happens.
"""
import os
import subprocess
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import live_host_lines  # noqa: E402
from live_browser_test import open_phone, stop, visible, WAIT_SECONDS  # noqa: E402
from live_host_lines import fail  # noqa: E402

RECORDED = []

# Closes the page's WebSocket, then types "Shin" and presses "Save answer" before it reconnects; returns
# what the page says under the answer.
CLOSED_SAVE = """
socket.close();
document.querySelector('#p-answer input[name=answer]').value = 'Shin';
document.querySelector('#p-answer [data-submit]').click();
return document.getElementById('p-saved').textContent;
"""


def next_event(lines, name):
    return live_host_lines.next_event(lines, name, WAIT_SECONDS, RECORDED)


def kind(driver):
    return driver.find_element(By.ID, "p-answer").get_attribute("data-kind")


def tap_tile(driver, text):
    for tile in driver.find_elements(By.CSS_SELECTOR, "#p-answer [data-choice]"):
        if tile.text.endswith(text):
            tile.click()
            return
    fail("no tile reads %r" % text)


def expect_saved(lines, answer, answered):
    saved = next_event(lines, "answer_saved")
    if saved["answer"] != answer or saved["answered"] != answered:
        fail("the host saved %r, not %r" % (saved, answer))


def answered_in_nav(driver):
    return len(driver.find_elements(By.CSS_SELECTOR, "#p-nav .navq.answered"))


def go_to(driver, wanted):
    """Shows the question of kind wanted with the question list."""
    count = len(driver.find_elements(By.CSS_SELECTOR, "#p-nav [data-position]"))
    for position in range(count):
        # The list is drawn again after each tap: find the button afresh.
        driver.find_element(By.CSS_SELECTOR, '#p-nav [data-position="%d"]' % position).click()
        if kind(driver) == wanted:
            return
    fail("no %s question on the paper" % wanted)


def main():
    args = sys.argv[1:]
    if len(args) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    retain, banks, work = args[:3]
    shots = args[3] if len(args) > 3 else None
    os.makedirs(work, exist_ok=True)
    host, lines = live_host_lines.start_host(retain, os.path.join(work, "data"), "live-fixture",
                                             ["--banks", banks, "--auto", "--count", "2", "--self-paced", "--time-limit", "300"])
    driver = None
    try:
        listening = next_event(lines, "listening")
        driver = open_phone()
        driver.get("http://127.0.0.1:%d/?pin=424242" % listening["port"])
        driver.find_element(By.CSS_SELECTOR, "input[name=name]").send_keys("Ana <b>")
        driver.find_element(By.CSS_SELECTOR, "#join-form button").click()
        if next_event(lines, "player_joined")["name"] != "Ana <b>":
            fail("the host saw another name")
        next_event(lines, "paper_started")
        visible(driver, "paper")
        WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.find_element(By.ID, "p-timer").text.endswith(" left"))
        if not driver.find_element(By.ID, "p-timer").text.startswith(("5:00", "4:5")):
            fail("the timer reads %r for a 5-minute paper" % driver.find_element(By.ID, "p-timer").text)

        # The choice: a wrong tap first, then the right one; both are saved, the second replaces the first.
        go_to(driver, "choice")
        tap_tile(driver, "Osaka")
        first = next_event(lines, "answer_saved")
        tap_tile(driver, "Tokyo")
        second = next_event(lines, "answer_saved")
        if first["position"] != second["position"] or first["answer"] != "Osaka" or second["answer"] != "Tokyo":
            fail("the host saved %r then %r" % (first, second))
        WebDriverWait(driver, WAIT_SECONDS).until(lambda d: "Tokyo" in d.find_element(By.ID, "p-saved").text)
        # No verdict before the paper is handed in.
        if driver.find_elements(By.CSS_SELECTOR, "[data-result]"):
            fail("a result is shown before hand-in")
        if shots:
            driver.save_screenshot(os.path.join(shots, "live_paper_phone_question.png"))

        # A reload rejoins with the stored token: the same paper comes back with its saved answer.
        driver.refresh()
        visible(driver, "paper")
        WebDriverWait(driver, WAIT_SECONDS).until(lambda d: answered_in_nav(d) == 1)
        if any(event.get("event") == "player_joined" for event in RECORDED):
            fail("the reload joined as a new player")

        # A paper with a blank is not handed in by one tap: the review asks again.
        driver.find_element(By.ID, "p-review").click()
        visible(driver, "review")
        if "1 question is blank" not in driver.find_element(By.ID, "r-summary").text:
            fail("the review says %r" % driver.find_element(By.ID, "r-summary").text)
        driver.find_element(By.CSS_SELECTOR, "[data-submit=paper]").click()
        if "tap again" not in driver.find_element(By.CSS_SELECTOR, "[data-submit=paper]").text:
            fail("one tap handed in a paper with a blank")
        if shots:
            driver.save_screenshot(os.path.join(shots, "live_paper_phone_blank.png"))
        driver.find_element(By.ID, "r-back").click()
        visible(driver, "paper")
        # A save made while the socket is closed is sent again after the rejoin, and the page still shows
        # the typed text. The first question (the text one with seed 7 and this name) is the case the old
        # page got wrong: no later question holds an answer given on this page.
        driver.find_element(By.CSS_SELECTOR, '#p-nav [data-position="0"]').click()
        if kind(driver) != "text":
            fail("the fixture's paper no longer starts with the text question")
        shown = driver.execute_script(CLOSED_SAVE)
        if shown != "Saving…":
            fail("a save on a closed socket shows %r" % shown)
        expect_saved(lines, "Shin", 2)
        WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.find_element(By.ID, "p-saved").text == "Saved: Shin")
        if any(event.get("event") == "player_joined" for event in RECORDED):
            fail("the reconnect joined as a new player")
        if driver.find_element(By.CSS_SELECTOR, "#p-answer input[name=answer]").get_attribute("value") != "Shin":
            fail("after the rejoin the typed answer is gone")

        # Typed text is saved after a pause, with no "Save answer" and no Enter.
        driver.find_element(By.CSS_SELECTOR, "#p-answer input[name=answer]").send_keys("zo")
        expect_saved(lines, "Shinzo", 2)
        # Moving on with a question-number button saves what was typed but not sent (the pause is made
        # too long to do it first).
        driver.execute_script("paper.typingMs = 600000;")
        driver.find_element(By.CSS_SELECTOR, "#p-answer input[name=answer]").send_keys(" A")
        go_to(driver, "choice")
        expect_saved(lines, "Shinzo A", 2)

        # Opening the review page saves the typed text too.
        go_to(driver, "text")
        driver.find_element(By.CSS_SELECTOR, "#p-answer input[name=answer]").send_keys("be")
        driver.find_element(By.ID, "p-review").click()
        expect_saved(lines, "Shinzo Abe", 2)
        visible(driver, "review")
        WebDriverWait(driver, WAIT_SECONDS).until(
            lambda d: d.find_element(By.ID, "r-summary").text == "Every question is answered.")
        rows = driver.find_elements(By.CSS_SELECTOR, "#r-list .review-row")
        if len(rows) != 2 or any("(blank)" in row.text for row in rows):
            fail("the review page shows %r" % [row.text for row in rows])
        if shots:
            driver.save_screenshot(os.path.join(shots, "live_paper_phone_review.png"))
        driver.find_element(By.CSS_SELECTOR, "[data-submit=paper]").click()
        submitted = next_event(lines, "paper_submitted")
        if submitted["automatic"] or submitted["score"] != 2:
            fail("the host recorded the hand-in as %r" % submitted)

        visible(driver, "paper-result")
        results = [row.get_attribute("data-result") for row in driver.find_elements(By.CSS_SELECTOR, "#x-list [data-result]")]
        if results != ["correct", "correct"]:
            fail("the result page shows %r" % results)
        if "2 / 2" not in driver.find_element(By.ID, "x-score").text:
            fail("the score reads %r" % driver.find_element(By.ID, "x-score").text)
        if shots:
            driver.save_screenshot(os.path.join(shots, "live_paper_phone_result.png"))
        over = next_event(lines, "game_over")
        if len(over["scores"]) != 1 or over["scores"][0]["name"] != "Ana <b>" or over["scores"][0]["score"] != 2:
            fail("final scores %r" % over["scores"])
        stored = next_event(lines, "stored")
        if stored["papers"] != 1 or stored["answers"] != 2:
            fail("stored %r" % stored)
        report = subprocess.run([retain, "report", "--data", os.path.join(work, "data"), "--bank", "live-fixture"],
                                capture_output=True, text=True, timeout=WAIT_SECONDS)
        if report.returncode != 0 or "Ana <b>" not in report.stdout:
            fail("retain report does not list the paper's student:\n" + report.stdout + report.stderr)
        if driver.find_elements(By.CSS_SELECTOR, "#me b, #x-list b"):
            fail("the name was rendered as HTML")
        print("ok: joined, changed an answer, reloaded, answered both, handed in; the host stored 2 answers, score 2")
        return 0
    finally:
        stop(driver, host)


if __name__ == "__main__":
    sys.exit(main())
