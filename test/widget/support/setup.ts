import { configure } from '@testing-library/preact';

// waitFor and findBy* give up after 1 s by default, which a machine busy with other work can exceed; they still
// return the moment the condition holds, so a generous budget costs nothing when it is idle.
configure({ asyncUtilTimeout: 10_000 });
