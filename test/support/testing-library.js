/**
 * Testing Library's `waitFor` / `findBy…` give up after 1 s by default: on a machine shared by
 * several test runs that is a timing dependency. They poll for the awaited state, so a generous
 * limit costs nothing when things go well.
 */
const { configure } = require("@testing-library/dom");

configure({ asyncUtilTimeout: 10_000 });
