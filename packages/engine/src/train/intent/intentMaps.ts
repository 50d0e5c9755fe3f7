import type { Intent } from '../../emotion/intent/labels.js';

/**
 * How each BANKING77 intent maps onto Rapport's customer-service intents (decided by reading
 * examples of each label, not only its name). Where the definitions left room, the choice follows
 * how the project's own corpus (data/customer-messages) labels the same kind of message.
 */
export const BANKING77_INTENTS: Readonly<Record<string, Intent>> = {
  activate_my_card: 'how_to',
  age_limit: 'how_to', // "can I open an account for my child?"
  apple_pay_or_google_pay: 'how_to', // mostly "is top-up possible with Apple Pay?"
  atm_support: 'how_to',
  automatic_top_up: 'how_to',
  balance_not_updated_after_bank_transfer: 'order_status', // "transferred money in, not there yet"
  balance_not_updated_after_cheque_or_cash_deposit: 'order_status', // "cheque still not credited"
  beneficiary_not_allowed: 'replacement_repair', // "transfer keeps erroring, make it work"
  cancel_transfer: 'cancel',
  card_about_to_expire: 'replacement_repair', // "card expiring, how do I get a new one"
  card_acceptance: 'how_to',
  card_arrival: 'order_status', // "still waiting on my card"
  card_delivery_estimate: 'order_status', // "when will my card be here?"
  card_linking: 'how_to',
  card_not_working: 'replacement_repair',
  card_payment_fee_charged: 'billing_error', // "why was I charged a fee on my card payment?"
  card_payment_not_recognised: 'billing_error', // a payment they don't recognise
  card_payment_wrong_exchange_rate: 'billing_error',
  card_swallowed: 'replacement_repair', // "the ATM kept my card"
  cash_withdrawal_charge: 'billing_error', // "why was there a fee for my withdrawal?"
  cash_withdrawal_not_recognised: 'billing_error', // "a withdrawal I didn't make"
  change_pin: 'how_to', // "how do I change my PIN?"
  compromised_card: 'billing_error', // "transactions on my card I didn't make"
  contactless_not_working: 'replacement_repair',
  country_support: 'how_to',
  declined_card_payment: 'replacement_repair', // "my card keeps getting declined"
  declined_cash_withdrawal: 'replacement_repair', // "the ATM wouldn't give me cash"
  declined_transfer: 'replacement_repair', // "my transfer keeps being declined"
  direct_debit_payment_not_recognised: 'billing_error',
  disposable_card_limits: 'how_to',
  edit_personal_details: 'other', // change of details
  exchange_charge: 'how_to', // asks about the fee beforehand, disputes nothing
  exchange_rate: 'how_to',
  exchange_via_app: 'how_to',
  extra_charge_on_statement: 'billing_error',
  failed_transfer: 'replacement_repair', // "my transfer keeps failing, help resolve"
  fiat_currency_support: 'how_to',
  get_disposable_virtual_card: 'how_to',
  get_physical_card: 'how_to', // in fact about the PIN: mostly "where do I find my card PIN?"
  getting_spare_card: 'how_to',
  getting_virtual_card: 'how_to',
  lost_or_stolen_card: 'replacement_repair',
  lost_or_stolen_phone: 'account_access', // "lost my phone, can't get into the app"
  order_physical_card: 'how_to',
  passcode_forgotten: 'account_access',
  pending_card_payment: 'order_status', // "my payment is still pending"
  pending_cash_withdrawal: 'order_status', // "withdrawal still pending"
  pending_top_up: 'order_status', // "where is my top-up?"
  pending_transfer: 'order_status',
  pin_blocked: 'account_access',
  receiving_money: 'how_to',
  Refund_not_showing_up: 'refund', // "still waiting on my refund": our corpus labels this refund
  request_refund: 'refund',
  'reverted_card_payment?': 'other', // "why was my payment reversed?": no charge, refund or fault
  supported_cards_and_currencies: 'how_to',
  terminate_account: 'cancel',
  top_up_by_bank_transfer_charge: 'how_to', // asks what it costs beforehand
  top_up_by_card_charge: 'how_to', // asks what it costs beforehand
  top_up_by_cash_or_cheque: 'how_to',
  top_up_failed: 'replacement_repair', // "my top-up keeps being declined"
  top_up_limits: 'how_to',
  top_up_reverted: 'other', // "my top-up went through, then vanished. why?"
  topping_up_by_card: 'how_to',
  transaction_charged_twice: 'billing_error',
  transfer_fee_charged: 'billing_error', // "why was I charged a fee for my transfer?"
  transfer_into_account: 'how_to',
  transfer_not_received_by_recipient: 'order_status', // "my son hasn't received the transfer"
  transfer_timing: 'how_to', // "how long do transfers take?", a general question
  unable_to_verify_identity: 'account_access', // verification failing blocks the account
  verify_my_identity: 'how_to', // "what do I need for the identity check?"
  verify_source_of_funds: 'how_to',
  verify_top_up: 'how_to',
  virtual_card_not_working: 'replacement_repair',
  visa_or_mastercard: 'how_to',
  why_verify_identity: 'how_to', // "why do I need to verify?"
  wrong_amount_of_cash_received: 'billing_error', // "asked for 100, got 20, charged 100"
  wrong_exchange_rate_for_cash_withdrawal: 'billing_error',
};

/**
 * How each CLINC150 intent maps onto ours; null: not a message to a company's support (small
 * talk, assistant commands), left out of training.
 */
export const CLINC150_INTENTS: Readonly<Record<string, Intent | null>> = {
  // banking and credit cards
  account_blocked: 'account_access',
  application_status: 'order_status', // "has my card application gone through?"
  apr: 'other',
  balance: 'other',
  bill_balance: 'other',
  bill_due: 'other',
  card_declined: 'replacement_repair', // "why was my card declined?", as banking77
  credit_limit: 'other',
  credit_limit_change: 'other', // a request to raise the limit
  credit_score: 'other', // "tell me my credit score"
  damaged_card: 'replacement_repair',
  direct_deposit: 'how_to',
  exchange_rate: 'how_to',
  expiration_date: 'other', // "when does my card expire?"
  freeze_account: 'other', // "block my account now": a request, not trouble getting in
  improve_credit_score: 'how_to',
  insurance: 'other',
  insurance_change: 'other', // "I want a different insurance plan"
  interest_rate: 'other',
  international_fees: 'how_to', // asks about fees beforehand
  min_payment: 'other',
  new_card: 'how_to', // "how do I apply for a card?"
  order_checks: 'how_to', // "how do I get more checkbooks?"
  pay_bill: 'other',
  pin_change: 'account_access', // "change my PIN" requests and "I forgot my PIN"
  redeem_rewards: 'how_to',
  replacement_card_duration: 'order_status', // "when will my new card come?"
  report_fraud: 'billing_error', // "this charge is fraud"
  report_lost_card: 'replacement_repair',
  rewards_balance: 'other',
  rollover_401k: 'how_to',
  routing: 'how_to', // "where do I find my routing number?"
  spending_history: 'other',
  transactions: 'other',
  transfer: 'other', // "move $200 from savings to checking"
  travel_notification: 'other', // "let my bank know I'm travelling"
  // travel, restaurants, home, auto
  accept_reservations: 'how_to', // "do you take reservations?"
  book_flight: 'other',
  book_hotel: 'other',
  cancel_reservation: 'cancel',
  car_rental: 'other',
  carry_on: 'how_to', // "how many carry-ons am I allowed?"
  confirm_reservation: 'order_status', // "check my reservation is good"
  flight_status: 'order_status', // status of a booking
  international_visa: 'other', // general information a travel firm gets asked
  lost_luggage: 'replacement_repair', // lost, wants it found
  order_status: 'order_status',
  restaurant_reservation: 'other',
  schedule_maintenance: 'replacement_repair', // "check engine light on, get it looked at"
  thank_you: 'praise',
  // not support messages
  alarm: null,
  are_you_a_bot: null,
  calculator: null,
  calendar: null,
  calendar_update: null,
  calories: null,
  cancel: null, // "cancel that": an assistant command, not cancelling an order
  change_accent: null,
  change_ai_name: null,
  change_language: null,
  change_speed: null,
  change_user_name: null,
  change_volume: null,
  cook_time: null,
  current_location: null,
  date: null,
  definition: null,
  directions: null,
  distance: null,
  do_you_have_pets: null,
  find_phone: null,
  flip_coin: null,
  food_last: null,
  fun_fact: null,
  gas: null,
  gas_type: null,
  goodbye: null,
  greeting: null,
  how_busy: null,
  how_old_are_you: null,
  income: null,
  ingredient_substitution: null,
  ingredients_list: null,
  jump_start: null,
  last_maintenance: null,
  make_call: null,
  maybe: null,
  meal_suggestion: null,
  meaning_of_life: null,
  measurement_conversion: null,
  meeting_schedule: null,
  mpg: null,
  next_holiday: null,
  next_song: null,
  no: null,
  nutrition_info: null,
  oil_change_how: null,
  oil_change_when: null,
  oos: null, // out of scope: random general-knowledge questions
  order: null, // "order me more cat food": an assistant's shopping
  payday: null,
  play_music: null,
  plug_type: null,
  pto_balance: null,
  pto_request: null,
  pto_request_status: null,
  pto_used: null,
  recipe: null,
  reminder: null,
  reminder_update: null,
  repeat: null,
  reset_settings: null,
  restaurant_reviews: null,
  restaurant_suggestion: null,
  roll_dice: null,
  schedule_meeting: null,
  share_location: null,
  shopping_list: null,
  shopping_list_update: null,
  smart_home: null,
  spelling: null,
  sync_device: null,
  taxes: null,
  tell_joke: null,
  text: null,
  time: null,
  timer: null,
  timezone: null,
  tire_change: null,
  tire_pressure: null,
  todo_list: null,
  todo_list_update: null,
  traffic: null,
  translate: null,
  travel_alert: null,
  travel_suggestion: null,
  uber: null,
  update_playlist: null,
  user_name: null,
  vaccines: null,
  w2: null,
  weather: null,
  what_are_your_hobbies: null,
  what_can_i_ask_you: null,
  what_is_your_name: null,
  what_song: null,
  where_are_you_from: null,
  whisper_mode: null,
  who_do_you_work_for: null,
  who_made_you: null,
  yes: null,
};
