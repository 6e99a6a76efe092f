#!/usr/bin/python3
"""The live classroom in a real browser: `retain live --auto --json-events` hosts the two-question fixture
(tests/data/banks/live) on 127.0.0.1, headless Chromium at a 390x844 phone viewport opens the student
page, joins by PIN and name, taps the right choice and types a wrong answer, and sees each result
(data-result). The host's JSON lines must record both answers and the final score, and `retain report`
must then list the stored results.

With --every-type it plays tests/data/banks/live-every instead: one question of each of the nine types,
each answered right through its own controls (tiles, toggles, typing, tapping items into order, tapping
pairs, inline gaps), and every result must be "correct".

Usage: live_browser_test.py [--every-type] RETAIN BANKS_DIR WORK_DIR [SCREENSHOT_DIR]
Screenshots of the questions and a result are written to SCREENSHOT_DIR when given (docs/screenshots).
Every wait is bounded; the host is killed at the end whatever happens.
"""
import os
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import live_host_lines  # noqa: E402
from live_host_lines import fail  # noqa: E402

WAIT_SECONDS = 20


def start_host(retain, banks, work, bank, count, reveal_seconds):
    return live_host_lines.start_host(retain, os.path.join(work, "data"), bank,
                                      ["--banks", banks, "--auto", "--count", str(count), "--seconds", "60",
                                       "--reveal-seconds", str(reveal_seconds)])


def stop(driver, host):
    """Quits the browser (when it was started) and kills the host, whatever state they are in."""
    if driver is not None:
        driver.quit()
    host.kill()
    host.wait(timeout=10)


def next_event(lines, name):
    return live_host_lines.next_event(lines, name, WAIT_SECONDS, RECORDED)


RECORDED = []


def open_phone():
    options = webdriver.ChromeOptions()
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=390,844", "--user-data-dir=" + tempfile.mkdtemp(prefix="retain-live-chrome-")]:
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    # Headless windows have a minimum width above a phone's: emulate the 390x844 viewport itself.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": int(os.environ.get("LIVE_PHONE_WIDTH", "390")), "height": 844, "deviceScaleFactor": 1, "mobile": True})
    return driver


def visible(driver, screen):
    WebDriverWait(driver, WAIT_SECONDS).until(ec.visibility_of_element_located((By.ID, "screen-" + screen)))


def answer_question(driver, shots, number):
    """Answers the shown question: taps Tokyo on the choice, types a wrong name on the text question.
    Returns the expected data-result."""
    visible(driver, "question")
    tiles = driver.find_elements(By.CSS_SELECTOR, "#q-answer [data-choice]")
    if shots:
        name = "live_phone_question.png" if tiles else "live_phone_typed.png"
        driver.save_screenshot(os.path.join(shots, name))
    if tiles:
        for tile in tiles:
            if tile.text.endswith("Tokyo"):
                tile.click()
                return "correct"
        fail("no tile reads Tokyo")
    field = driver.find_element(By.CSS_SELECTOR, "input[name=answer]")
    field.send_keys("Koizumi", Keys.ENTER)
    return "wrong"


def tap_text(driver, selector, text):
    for node in driver.find_elements(By.CSS_SELECTOR, selector):
        if node.text.strip().endswith(text):
            node.click()
            return
    fail("nothing under %s reads %r" % (selector, text))


def send_button(driver):
    driver.find_element(By.CSS_SELECTOR, "#q-answer [data-submit]").click()


def type_into(driver, text):
    driver.find_element(By.CSS_SELECTOR, "input[name=answer]").send_keys(text, Keys.ENTER)


# The right answer of each question of the live-every bank, given through the page's own controls.
EVERY_TYPE = {
    "choice": lambda d: tap_text(d, "#q-answer [data-choice]", "Tokyo"),
    "multi": lambda d: (tap_text(d, "#q-answer [data-choice]", "Iturup"),
                        tap_text(d, "#q-answer [data-choice]", "Kunashir"), send_button(d)),
    "true_false": lambda d: tap_text(d, "#q-answer [data-choice]", "True"),
    "numeric": lambda d: type_into(d, "USD 18 billion"),
    "date": lambda d: type_into(d, "2018-05-26"),
    "text": lambda d: type_into(d, "Abe"),
    "ordering": lambda d: ([tap_text(d, "#q-answer [data-choice]", item)
                            for item in ("Joint Declaration", "Official visit", "Economic forum")], send_button(d)),
    "matching": lambda d: ([(tap_text(d, "#q-answer [data-left]", left), tap_text(d, "#q-answer [data-right]", right))
                            for left, right in (("Shinzo Abe", "Prime Minister of Japan"),
                                                ("Vladimir Putin", "President of Russia"),
                                                ("Taro Kono", "Foreign Minister of Japan"))], send_button(d)),
    "cloze": lambda d: ([field.send_keys(text) for field, text in
                         zip(d.find_elements(By.CSS_SELECTOR, "input[name=gap]"), ("18 billion", "2017"))], send_button(d)),
}


def play_every_type(driver, lines, shots):
    seen = []
    for number in range(1, len(EVERY_TYPE) + 1):
        visible(driver, "question")
        kind = driver.find_element(By.ID, "q-answer").get_attribute("data-kind")
        if shots and kind in ("multi", "ordering", "matching", "cloze"):
            driver.save_screenshot(os.path.join(shots, "live_phone_%s.png" % kind))
        EVERY_TYPE[kind](driver)
        visible(driver, "result")
        result = driver.find_element(By.ID, "result").get_attribute("data-result")
        if result != "correct":
            fail("question %d (%s): data-result is %r" % (number, kind, result))
        answered = next_event(lines, "answer")
        if answered["verdict"] != "correct":
            fail("the host graded the %s answer %r" % (kind, answered))
        seen.append(kind)
    if sorted(seen) != sorted(EVERY_TYPE):
        fail("the types played were %r" % seen)
    over = next_event(lines, "game_over")
    if over["scores"][0]["correct"] != len(EVERY_TYPE):
        fail("final scores %r" % over["scores"])
    print("ok: answered every type right on the phone page: " + ", ".join(seen))
    return 0


def reload_keeps_score(driver, lines):
    """Reloads the page during the reveal: it must rejoin with its stored token, as the same player, with
    the same points, and be shown the result again."""
    total = driver.find_element(By.ID, "me").text.split("·")[-1].strip()
    driver.refresh()
    WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.find_element(By.ID, "me").text.endswith(total))
    visible(driver, "result")
    rejoined = next_event(lines, "player_rejoined")
    if rejoined["name"] != "Ana <b>":
        fail("rejoined as %r" % rejoined)
    if any(event.get("event") == "player_joined" for event in RECORDED):
        fail("the reload joined as a new player")


def main():
    args = sys.argv[1:]
    every_type = "--every-type" in args
    args = [arg for arg in args if arg != "--every-type"]
    if len(args) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    retain, banks, work = args[:3]
    shots = args[3] if len(args) > 3 else None
    os.makedirs(work, exist_ok=True)
    if every_type:
        host, lines = start_host(retain, banks, work, "live-every", len(EVERY_TYPE), 2)
    else:
        host, lines = start_host(retain, banks, work, "live-fixture", 2, 6)
    driver = None
    try:
        listening = next_event(lines, "listening")
        driver = open_phone()
        driver.get("http://127.0.0.1:%d/?pin=424242" % listening["port"])
        pin = driver.find_element(By.CSS_SELECTOR, "input[name=pin]")
        if pin.get_attribute("value") != "424242":
            fail("the PIN is not prefilled from ?pin=")
        driver.find_element(By.CSS_SELECTOR, "input[name=name]").send_keys("Ana <b>")
        driver.find_element(By.CSS_SELECTOR, "#join-form button").click()
        joined = next_event(lines, "player_joined")
        if joined["name"] != "Ana <b>":
            fail("the host saw the name as %r" % joined["name"])
        if every_type:
            return play_every_type(driver, lines, shots)

        verdicts = []
        for number in (1, 2):
            expected = answer_question(driver, shots, number)
            visible(driver, "result")
            result = driver.find_element(By.ID, "result").get_attribute("data-result")
            if result != expected:
                fail("question %d: data-result is %r, expected %r" % (number, result, expected))
            if shots:
                name = "live_phone_result.png" if expected == "correct" else "live_phone_result_wrong.png"
                driver.save_screenshot(os.path.join(shots, name))
            verdicts.append(expected)
            answered = next_event(lines, "answer")
            if answered["name"] != "Ana <b>" or answered["verdict"] != expected:
                fail("the host recorded %r" % answered)
            if (expected == "correct") != (answered["points"] > 0):
                fail("points %d for a %s answer" % (answered["points"], expected))
            if number == 1:
                reload_keeps_score(driver, lines)
        over = next_event(lines, "game_over")
        scores = over["scores"]
        if len(scores) != 1 or scores[0]["name"] != "Ana <b>" or scores[0]["correct"] != 1 or scores[0]["points"] < 500:
            fail("final scores %r" % scores)
        stored = next_event(lines, "stored")
        if stored["answers"] != 2:
            fail("stored %r" % stored)
        report = subprocess.run([retain, "report", "--data", os.path.join(work, "data"), "--bank", "live-fixture"],
                                capture_output=True, text=True, timeout=WAIT_SECONDS)
        if report.returncode != 0 or "Ana <b>" not in report.stdout:
            fail("retain report does not list the live game's player:\n" + report.stdout + report.stderr)
        visible(driver, "over")
        if shots:
            driver.save_screenshot(os.path.join(shots, "live_phone_over.png"))
        # The name was shown as text, never as markup: the page holds no <b> element from it.
        if driver.find_elements(By.CSS_SELECTOR, "#me b"):
            fail("the name was rendered as HTML")
        print("ok: joined, answered %s, the host recorded both answers and the final score %d"
              % (" and ".join(verdicts), scores[0]["points"]))
        return 0
    finally:
        stop(driver, host)


if __name__ == "__main__":
    sys.exit(main())
