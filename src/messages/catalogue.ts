/** Arguments of a message; `item` and `label` name a plan item ("task", "2.1"). */
export type MessageArgs = Record<string, string | number>;
/** One language's messages, by message id. */
export type Catalogue = Record<string, (args: MessageArgs) => string>;
export type Lang = 'vi' | 'en';
