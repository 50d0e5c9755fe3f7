/**
 * The things customers write to support about, as typed data: goods they bought (a `product`
 * detail) and the services and account items around them. Compose restates the thing a message
 * is about with these words; the plural-only ones ("headphones") take "pair".
 */
export const PRODUCT_NOUNS: readonly string[] = (
  'headphones,earbuds,earphones,headset,speaker,soundbar,laptop,computer,monitor,keyboard,' +
  'mouse,tablet,phone,smartphone,handset,charger,cable,battery,camera,printer,watch,' +
  'smartwatch,tv,television,console,controller,router,modem,hub,sim,boiler,thermostat,meter,' +
  'smart meter,heat pump,kettle,toaster,fridge,freezer,oven,microwave,dishwasher,' +
  'washing machine,dryer,vacuum,hoover,blender,coffee machine,mattress,sofa,chair,desk,' +
  'table,bed,lamp,jacket,coat,dress,shirt,jeans,trousers,jumper,shoes,boots,trainers,' +
  'sandals,bag,backpack,suitcase,luggage,bike,scooter,pram,stroller,car seat,toy,book,ring,' +
  'necklace,bracelet,glasses,lens,drill,mower,tent,cot,rug,curtains,towels,duvet'
).split(',');

/** Plural-only goods: "a replacement pair", "the second pair". */
export const PAIR_NOUNS: ReadonlySet<string> = new Set(
  'headphones,earbuds,earphones,jeans,trousers,shoes,boots,trainers,sandals,glasses,curtains'.split(','),
);

export const SERVICE_NOUNS: readonly string[] = (
  'order,parcel,package,delivery,item,items,flight,booking,reservation,ticket,tickets,train,' +
  'hotel,room,holiday,trip,cruise,seat,bag,baggage,suitcase,upgrade,refund,bill,invoice,' +
  'statement,charge,payment,direct debit,standing order,transfer,card,debit card,' +
  'credit card,account,savings account,loan,mortgage,overdraft,pension,app,website,login,' +
  'password,subscription,plan,contract,tariff,licence,license,software,update,dashboard,' +
  'integration,api,export,report,broadband,internet,wifi,connection,signal,line,landline,' +
  'mobile,data,supply,gas,electricity,water,heating,engineer,appointment,installation,' +
  'repair,warranty,membership,voucher,gift card,points,claim,policy,premium,quote,cheque'
).split(',');

/** Longest first, so "smart meter" wins over "meter" and "direct debit" over "debit". */
export const THING_PATTERN = new RegExp(
  `\\b(${[...new Set([...PRODUCT_NOUNS, ...SERVICE_NOUNS])]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '[ -]'))
    .join('|')})\\b`,
  'gi',
);

export const PRODUCTS: ReadonlySet<string> = new Set(PRODUCT_NOUNS);
