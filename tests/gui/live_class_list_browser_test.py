#!/usr/bin/python3
"""Joining a live game by picking one's name from the class list, in headless Chromium at 390x844:
`retain class import` stores tests/data/classes/9b.csv as class 9B, `retain live --class 9B` hosts a game,
the student page shows the five names as buttons after the PIN (no nickname field), a tap joins under
that name, a phone already waiting on the join screen sees that name greyed out without reloading (the host
pushes the roster), and on a second phone (fresh storage) the name already taken is greyed out and disabled.

Usage: live_class_list_browser_test.py RETAIN BANKS_DIR CLASS_CSV WORK_DIR [SCREENSHOT_DIR]
Every wait is bounded; the host is killed at the end whatever happens.
"""
import os
import queue
import subprocess
import sys
import threading

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from live_browser_test import WAIT_SECONDS, fail, next_event, open_phone, stop  # noqa: E402

NAMES = ["Ana Lima", "Ben Okoro", "Chloé Martin", "Dmitri Sokolov", "Emi Tanaka"]


def roster_buttons(driver):
    """Waits for the class list's buttons and returns them."""
    WebDriverWait(driver, WAIT_SECONDS).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, "#roster-names [data-name]")) == len(NAMES))
    return driver.find_elements(By.CSS_SELECTOR, "#roster-names [data-name]")


def main():
    if len(sys.argv) < 5:
        print(__doc__, file=sys.stderr)
        return 2
    retain, banks, csv, work = sys.argv[1:5]
    shots = sys.argv[5] if len(sys.argv) > 5 else None
    data = os.path.join(work, "data")
    os.makedirs(work, exist_ok=True)
    imported = subprocess.run([retain, "class", "import", csv, "--class", "9B", "--data", data],
                              capture_output=True, text=True, timeout=WAIT_SECONDS)
    if imported.returncode != 0:
        fail("retain class import: " + imported.stdout + imported.stderr)
    host = subprocess.Popen([retain, "live", "--banks", banks, "--data", data, "--bank", "live-fixture", "--class", "9B",
                             "--pin", "424242", "--port", "0", "--bind", "127.0.0.1", "--auto", "--json-events",
                             "--wait-players", "3", "--count", "2", "--seconds", "60", "--seed", "7"],
                            stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in host.stdout], daemon=True).start()
    driver = None
    try:
        listening = next_event(lines, "listening")
        url = "http://127.0.0.1:%d/?pin=424242" % listening["port"]
        driver = open_phone()
        driver.get(url)
        buttons = roster_buttons(driver)
        if [b.get_attribute("data-name") for b in buttons] != NAMES:
            fail("the roster shows %r" % [b.get_attribute("data-name") for b in buttons])
        if driver.find_element(By.ID, "name-field").is_displayed():
            fail("the nickname field is still shown beside the class list")
        if any(not b.is_enabled() for b in buttons):
            fail("a name is disabled before anyone joined")
        # A second tab waits on the join screen with every name free; it must see Ben's name go without a reload.
        first_tab = driver.current_window_handle
        driver.switch_to.new_window("tab")
        driver.get(url)
        roster_buttons(driver)
        waiting_tab = driver.current_window_handle
        driver.switch_to.window(first_tab)
        buttons[1].click()
        joined = next_event(lines, "player_joined")
        if joined["name"] != "Ben Okoro":
            fail("joined as %r" % joined["name"])
        WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.find_element(By.ID, "screen-wait").is_displayed())
        driver.switch_to.window(waiting_tab)
        try:
            WebDriverWait(driver, WAIT_SECONDS).until(
                lambda d: not d.find_element(By.CSS_SELECTOR, '#roster-names [data-name="Ben Okoro"]').is_enabled())
        except Exception:  # noqa: BLE001 - any failure to see it is the test's failure
            fail("the waiting phone still offers Ben Okoro after he joined (no roster pushed)")
        driver.close()
        driver.switch_to.window(first_tab)

        # A second phone: fresh storage, so it is not Ben rejoining.
        driver.execute_script("localStorage.clear()")
        driver.get(url)
        buttons = roster_buttons(driver)
        ben = buttons[1]
        if ben.is_enabled() or "taken" not in ben.get_attribute("class") or "taken" not in ben.text:
            fail("Ben's taken name is not greyed out: enabled=%s class=%r text=%r"
                 % (ben.is_enabled(), ben.get_attribute("class"), ben.text))
        if shots:
            driver.save_screenshot(os.path.join(shots, "live_phone_class_list.png"))
        buttons[2].click()
        joined = next_event(lines, "player_joined")
        if joined["name"] != "Chloé Martin":
            fail("the second phone joined as %r" % joined["name"])
        print("ok: names shown as buttons after the PIN, a tap joins under it, a taken name greyed out")
        return 0
    finally:
        stop(driver, host)


if __name__ == "__main__":
    sys.exit(main())
